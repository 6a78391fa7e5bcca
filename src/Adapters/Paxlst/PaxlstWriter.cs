using System.Globalization;
using Gateway.Adapters.Edifact;
using Gateway.Schemas.Manifests;

namespace Gateway.Adapters.Paxlst;

/// <summary>
/// Writes a <see cref="Manifest"/> as a PAXLST interchange in the WCO profile's shape, split into parts when a part
/// size is given. Used for tests and load generation; <see cref="PaxlstReader"/> reads back an equal manifest.
/// </summary>
public static class PaxlstWriter
{
    /// <summary>Builds the interchange.</summary>
    /// <param name="manifest">The list.</param>
    /// <param name="preparedAt">UNB date and time of preparation.</param>
    /// <param name="travellersPerPart">Split into parts of at most this many travellers (null: one message).</param>
    /// <param name="delimiters">Service characters (defaults when null).</param>
    public static Interchange Build(Manifest manifest, DateTime preparedAt, int? travellersPerPart = null, Delimiters? delimiters = null)
    {
        var h = manifest.Header;
        string version = h.Version ?? "D:05B";
        var versionParts = version.Split(':');
        var unb = Segment.Of("UNB",
            DataElement.Of("UNOA", "4"), DataElement.Of(h.Sender ?? ""), DataElement.Of(h.Recipient ?? ""),
            DataElement.Of(preparedAt.ToString("yyMMdd", CultureInfo.InvariantCulture), preparedAt.ToString("HHmm", CultureInfo.InvariantCulture)),
            DataElement.Of(h.InterchangeReference ?? ""), DataElement.Empty, DataElement.Of("APIS"),
            DataElement.Empty, DataElement.Empty, DataElement.Empty, DataElement.Of(h.Test ? "1" : ""));

        var chunks = Chunk(manifest.Travellers, travellersPerPart ?? int.MaxValue, Math.Max(1, h.Parts));
        var messages = new EdifactMessage[chunks.Count];
        for (int p = 0; p < chunks.Count; p++)
        {
            string reference = chunks.Count == 1 ? h.MessageReference ?? "1" : (h.MessageReference ?? "1") + (p == 0 ? "" : "-" + (p + 1).ToString(CultureInfo.InvariantCulture));
            var s010 = chunks.Count == 1 && h.Parts <= 1
                ? DataElement.Empty
                : DataElement.Of((p + 1).ToString("00", CultureInfo.InvariantCulture), p == 0 ? "C" : p == chunks.Count - 1 ? "F" : "");
            var unh = Segment.Of("UNH", DataElement.Of(reference),
                DataElement.Of(h.MessageType, versionParts[0], versionParts.Length > 1 ? versionParts[1] : "", "UN", "IATA"),
                DataElement.Of(h.CommonAccessReference ?? ""), s010);
            messages[p] = new EdifactMessage(unh, ValueList<Segment>.Own([.. Body(manifest, chunks[p])]));
        }
        return new Interchange(delimiters ?? Delimiters.Default, unb, ValueList<FunctionalGroup>.Empty, ValueList<EdifactMessage>.Own(messages));
    }

    /// <summary>Writes the manifest as interchange text.</summary>
    public static string Write(Manifest manifest, DateTime preparedAt, int? travellersPerPart = null, Delimiters? delimiters = null) =>
        EdifactWriter.Write(Build(manifest, preparedAt, travellersPerPart, delimiters));

    private static List<Traveller[]> Chunk(ValueList<Traveller> travellers, int size, int minimumParts)
    {
        var chunks = new List<Traveller[]>();
        for (int i = 0; i < travellers.Count; i += size) chunks.Add([.. travellers.Skip(i).Take(size)]);
        if (chunks.Count == 0) chunks.Add([]);
        while (chunks.Count < minimumParts) chunks.Add([]);
        return chunks;
    }

    private static IEnumerable<Segment> Body(Manifest m, Traveller[] travellers)
    {
        yield return Segment.Of("BGM", DataElement.Of(m.DocumentCode), DataElement.Of(m.DocumentFunction ?? ""));
        if (m.Header.TransactionReference is { } tn) yield return Segment.Of("RFF", DataElement.Of("TN", tn));
        if (m.ReportingParty is { } party)
        {
            yield return Segment.Of("NAD", DataElement.Of("MS"), DataElement.Empty, DataElement.Empty, DataElement.Of(party.Name));
            if (party.Contacts.Count > 0) yield return Segment.Of("COM", [.. party.Contacts.Select(c => DataElement.Of(c.Number, c.Channel))]);
        }
        for (int l = 0; l < m.Conveyance.Legs.Count; l++)
        {
            var leg = m.Conveyance.Legs[l];
            var c = m.Conveyance;
            var mode = l == 0 && c.Mode != TransportMode.Unknown ? DataElement.Of(c.Mode == TransportMode.Sea ? "1" : "4") : DataElement.Empty;
            var vehicle = l == 0 ? DataElement.Of(c.VehicleId ?? "", "", "", c.VehicleName ?? "", c.VehicleNationality ?? "") : DataElement.Empty;
            yield return Segment.Of("TDT", DataElement.Of(leg.StageCode), DataElement.Of(leg.JourneyId ?? ""), mode, DataElement.Empty,
                DataElement.Of(leg.Carrier ?? ""), DataElement.Empty, DataElement.Empty, vehicle);
            foreach (var point in leg.Points)
            {
                yield return Segment.Of("LOC", DataElement.Of(point.Qualifier), DataElement.Of(point.Location));
                foreach (var t in point.Times) yield return Dtm(t.Qualifier, t.Date);
            }
        }
        foreach (var t in travellers) foreach (var s in Traveller(t)) yield return s;
        if (m.Totals.Passengers is { } pax) yield return Segment.Of("CNT", DataElement.Of("42", pax.ToString(CultureInfo.InvariantCulture)));
        if (m.Totals.Crew is { } crew) yield return Segment.Of("CNT", DataElement.Of("41", crew.ToString(CultureInfo.InvariantCulture)));
    }

    private static IEnumerable<Segment> Traveller(Traveller t)
    {
        var name = DataElement.Of([t.Name.Surname, .. t.Name.GivenNames]);
        var a = t.Address;
        yield return a is null
            ? Segment.Of("NAD", DataElement.Of(t.Role), DataElement.Empty, DataElement.Empty, name)
            : Segment.Of("NAD", DataElement.Of(t.Role), DataElement.Empty, DataElement.Empty, name, DataElement.Of(a.Street ?? ""),
                DataElement.Of(a.City ?? ""), DataElement.Of(a.Region ?? ""), DataElement.Of(a.PostalCode ?? ""), DataElement.Of(a.Country ?? ""));
        if (t.Sex is { } sex) yield return Segment.Of("ATT", DataElement.Of("2"), DataElement.Empty, DataElement.Of(sex));
        if (t.BirthDate is { } dob) yield return Dtm(DateQualifiers.Birth, dob);
        if (t.Bags is { } bags)
        {
            if (bags.Count is { } n) yield return Segment.Of("MEA", DataElement.Of("CT"), DataElement.Empty, DataElement.Of("", n.ToString(CultureInfo.InvariantCulture)));
            if (bags.Weight is { } w) yield return Segment.Of("MEA", DataElement.Of("WT"), DataElement.Empty, DataElement.Of(bags.WeightUnit ?? "", w.ToString(CultureInfo.InvariantCulture)));
        }
        if (t.Verified is { } verified) yield return Segment.Of("GEI", DataElement.Of("4"), DataElement.Of(verified));
        if (t.Bags is { } tagged)
        {
            foreach (var tag in tagged.Tags)
            {
                yield return Segment.Of("FTX", DataElement.Of("BAG"), DataElement.Empty, DataElement.Empty,
                    DataElement.Of(tag.First, tag.Count.ToString(CultureInfo.InvariantCulture)));
            }
        }
        foreach (var p in t.Places) yield return Segment.Of("LOC", DataElement.Of(p.Qualifier), DataElement.Of(p.Code, "", "", p.Name ?? ""));
        if (t.CrewFunction is { } function) yield return Segment.Of("EMP", DataElement.Of("1"), DataElement.Of(function, "110", "111"));
        if (t.Nationality is { } nat) yield return Segment.Of("NAT", DataElement.Of("2"), DataElement.Of(nat));
        foreach (var r in t.References) yield return Segment.Of("RFF", DataElement.Of(r.Qualifier, r.Value));
        foreach (var d in t.Documents)
        {
            yield return Segment.Of("DOC", DataElement.Of(d.Type, "110", "111"), DataElement.Of(d.Number));
            if (d.Expiry is { } expiry) yield return Dtm(DateQualifiers.Expiry, expiry);
            if (d.Issued is { } issued) yield return Dtm(DateQualifiers.Issue, issued);
            if (d.IssuingState is { } state) yield return Segment.Of("LOC", DataElement.Of(LocationQualifiers.DocumentIssue), DataElement.Of(state));
        }
    }

    /// <summary>DTM with the format written only where the length alone would not say it (ISO dates from JSON are converted).</summary>
    private static Segment Dtm(string qualifier, MessageDate date)
    {
        bool inferable = date.Format switch
        {
            MessageDate.Yymmdd => date.Text.Length is not (8 or 10 or 12),
            MessageDate.Ccyymmdd => date.Text.Length == 8,
            MessageDate.YymmddHhmm => date.Text.Length == 10,
            MessageDate.CcyymmddHhmm => date.Text.Length == 12,
            _ => false,
        };
        return Segment.Of("DTM", inferable && date.Format != MessageDate.YymmddHhmm
            ? DataElement.Of(qualifier, date.Text)
            : DataElement.Of(qualifier, date.Text, date.Format));
    }
}
