using System.Globalization;
using Gateway.Adapters.Edifact;
using Gateway.Schemas.Pnr;
using static Gateway.Adapters.Pnrgov.PnrSegmentWriter;

namespace Gateway.Adapters.Pnrgov;

/// <summary>
/// Writes PNRGOV pushes, for tests and load generation. The push's <c>Header.Parts</c> decides how many UNH parts the
/// PNRs are spread over (<c>01:C</c> … <c>nn:F</c>, each repeating level 0). Documents read out of SSRs are written as
/// the SSRs they came from, so <c>PnrgovReader.Read(Write(x))</c> gives back <c>x</c> for pushes the reader produced.
/// </summary>
public static class PnrgovWriter
{
    /// <summary>Writes the push as interchange text.</summary>
    public static string Write(PnrPush push, bool lineBreaks = true) => EdifactWriter.Write(ToInterchange(push), writeUna: true, lineBreaks);

    /// <summary>Builds the interchange: UNB, one UNH…UNT per part.</summary>
    public static Interchange ToInterchange(PnrPush push, DateTime? prepared = null)
    {
        ArgumentNullException.ThrowIfNull(push);
        var h = push.Header;
        var when = prepared ?? new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var unb = Segment.Of("UNB", DataElement.Of("IATA", "1"), DataElement.Of(h.Sender ?? ""), DataElement.Of(h.Recipient ?? ""),
            DataElement.Of(when.ToString("yyMMdd", CultureInfo.InvariantCulture), when.ToString("HHmm", CultureInfo.InvariantCulture)),
            DataElement.Of(h.InterchangeReference ?? "1"), DataElement.Empty, DataElement.Of("PNRGOV"), DataElement.Empty, DataElement.Empty,
            DataElement.Empty, DataElement.Of(h.Test ? "1" : ""));
        int parts = Math.Max(1, h.Parts);
        var messages = new List<EdifactMessage>(parts);
        int per = (push.Pnrs.Count + parts - 1) / parts;
        string[] version = (h.Version ?? "13:1").Split(':');
        for (int p = 0; p < parts; p++)
        {
            var pnrs = push.Pnrs.Skip(p * per).Take(per);
            string reference = p == 0 ? h.MessageReference ?? "1" : (h.MessageReference ?? "1") + "-" + (p + 1).ToString(CultureInfo.InvariantCulture);
            var unh = Segment.Of("UNH", DataElement.Of(reference),
                DataElement.Of("PNRGOV", version[0], version.Length > 1 ? version[1] : "", "IA"),
                DataElement.Of(h.CommonAccessReference ?? ""),
                parts > 1 ? DataElement.Of((p + 1).ToString("00", CultureInfo.InvariantCulture), p == parts - 1 ? "F" : "C") : DataElement.Empty);
            var body = new List<Segment>();
            WriteLevel0(push, body);
            foreach (var pnr in pnrs) WritePnr(pnr, body);
            messages.Add(new EdifactMessage(unh, ValueList<Segment>.Own([.. body])));
        }
        return new Interchange(Delimiters.Default with { Repetition = null }, unb, ValueList<FunctionalGroup>.Empty, ValueList<EdifactMessage>.Own([.. messages]));
    }

    private static void WriteLevel0(PnrPush push, List<Segment> body)
    {
        body.Add(Segment.Of("MSG", DataElement.Of("", push.MessageFunction ?? "")));
        if (push.Originator is { } org) body.Add(Org(org));
        body.Add(Tvl(push.Flight));
        if (push.DeclaredPnrCount is { } n) body.Add(Segment.Of("EQN", DataElement.Of(n.ToString(CultureInfo.InvariantCulture))));
    }

    private static void WritePnr(Pnr pnr, List<Segment> body)
    {
        body.Add(Segment.Of("SRC"));
        if (pnr.Locators.Count > 0) body.Add(Rci(pnr.Locators));
        body.AddRange(pnr.Services.Select(Ssr));
        if (pnr.Dates.Count > 0) body.Add(Dat(pnr.Dates));
        body.AddRange(pnr.Texts.Select(Ift));
        if (pnr.Booker is { } booker) body.Add(Org(booker));
        body.AddRange(pnr.Addresses.Select(Add));
        body.AddRange(pnr.ExcessBaggage.Select(Raw));
        foreach (var t in pnr.Travellers) WriteTraveller(t, body);
        foreach (var leg in pnr.Itinerary) WriteLeg(leg, body);
        foreach (var split in pnr.Splits)
        {
            body.Add(Segment.Of("EQN", DataElement.Of(split.Count ?? "")));
            if (split.Locators.Count > 0) body.Add(Rci(split.Locators));
        }
        foreach (var n in pnr.NonAir)
        {
            body.Add(Segment.Of("MSG", DataElement.Of(n.Function ?? "")));
            body.AddRange(n.Segments.Select(Raw));
        }
        foreach (var credit in pnr.History)
        {
            body.Add(Raw(credit.Credit));
            if (credit.Dates.Count > 0) body.Add(Dat(credit.Dates));
            foreach (var action in credit.Actions)
            {
                body.Add(Segment.Of("SAC", DataElement.Empty, DataElement.Empty, DataElement.Of(action.Action ?? "")));
                body.AddRange(action.Segments.Select(Raw));
            }
        }
        body.AddRange(pnr.HistoryLines.Select(Raw));
    }

    private static void WriteTraveller(PnrTraveller t, List<Segment> body)
    {
        body.Add(Tif(t.Name));
        body.AddRange(t.FrequentFlyers.Select(Fti));
        body.AddRange(t.Texts.Select(Ift));
        if (t.UniqueId is { } id) body.Add(Ref(id));
        body.AddRange(t.FaresAndBaggage.Select(Raw));
        body.AddRange(t.Services.Select(Ssr));
        body.AddRange(t.Addresses.Select(Add));
        foreach (var ticket in t.Tickets)
        {
            body.Add(Tkt(ticket));
            if (ticket.Amounts.Count > 0) body.Add(Mon(ticket.Amounts));
            body.AddRange(ticket.Pricing.Select(Raw));
            if (ticket.Taxes.Count > 0) body.Add(Txd(ticket.Taxes));
            if (ticket.Dates.Count > 0) body.Add(Dat(ticket.Dates));
            foreach (var p in ticket.Payments)
            {
                body.Add(Fop(p));
                body.AddRange(p.Texts.Select(Ift));
                body.AddRange(p.Addresses.Select(Add));
            }
        }
    }

    private static void WriteLeg(ItineraryLeg leg, List<Segment> body)
    {
        body.Add(Tvl(leg));
        if (leg.Operating is { } op) body.Add(op.Segment == "TRA" ? Tra(op) : OperatingTvl(op));
        if (leg.PartySize is not null || leg.Status is not null) body.Add(Rpi(leg.PartySize, leg.Status));
        if (leg.Equipment is { } eq) body.Add(Segment.Of("APD", DataElement.Of(eq)));
        body.AddRange(leg.Services.Select(Ssr));
        if (leg.Locators.Count > 0) body.Add(Rci(leg.Locators));
        body.AddRange(leg.Texts.Select(Ift));
        foreach (var c in leg.CheckIns)
        {
            body.Add(Dat(c.Dates));
            if (c.Agent is { } agent) body.Add(Org(agent));
            foreach (var t in c.Travellers)
            {
                body.Add(Tri(t));
                if (t.Name is { } name) body.Add(Tif(name));
                if (t.Seat is not null || t.Cabin is not null) body.Add(Ssd(t.Seat, t.Cabin));
                body.AddRange(t.Bags.Select(Tbd));
            }
        }
    }
}
