using System.Globalization;
using Gateway.Adapters.Edifact;
using Gateway.Schemas.Pnr;

namespace Gateway.Adapters.Pnrgov;

/// <summary>Maps single PNRGOV segments to records (element positions per the PNRGOV IG, 1-based elements, 0-based components).</summary>
internal static class PnrSegmentMapper
{
    internal static MessageDate? Ddmmyy(string? text) => text is null ? null : new MessageDate(text, PnrDateFormats.Ddmmyy);

    internal static PnrDateTime? DateTime(string? date, string? time) =>
        date is null && time is null ? null : new PnrDateTime(Ddmmyy(date), time);

    /// <summary>TVL: dates/times, places, carriers, flight. GTAS-era UA samples put the arrival time in the arrival-date slot.</summary>
    internal static ItineraryLeg Leg(Segment s, PnrNotes notes)
    {
        var when = s[1];
        string? arrivalDate = when[2], arrivalTime = when[3];
        if (arrivalTime is null && arrivalDate is { Length: 4 } && arrivalDate.All(char.IsAsciiDigit))
        {
            notes.Add("PNR-TVL-TIME", $"TVL gives '{arrivalDate}' where the arrival date (DDMMYY) belongs; read as the arrival time", s);
            (arrivalDate, arrivalTime) = (null, arrivalDate);
        }
        return ItineraryLeg.Flight(DateTime(when[0], when[1]), DateTime(arrivalDate, arrivalTime), s.Value(2), s.Value(3),
            s.Value(4), s.Value(4, 1), s.Value(5), s.Value(5, 1));
    }

    /// <summary>A TVL that only carries C308: the operating flight of the code-share leg before it.</summary>
    internal static bool IsOperatingFlight(Segment s) =>
        s.Tag == "TVL" && s[1].IsEmpty && s[2].IsEmpty && s[3].IsEmpty && s[4].IsEmpty && !s[5].IsEmpty;

    internal static IEnumerable<RecordLocator> Locators(Segment s, PnrNotes notes)
    {
        foreach (var e in s.Elements)
        {
            if (e.IsEmpty) continue;
            string? type = e[2], date = e[3], time = e[4];
            if (time is null && type is { Length: 6 } && type.All(char.IsAsciiDigit))
            {
                notes.Add("PNR-RCI-LAYOUT", $"RCI gives the date '{type}' where the reservation control type belongs; read as the creation date", s);
                (type, date, time) = (null, type, date);
            }
            yield return new RecordLocator(e[0], e[1], type, DateTime(date, time));
        }
    }

    internal static SpecialService Service(Segment s)
    {
        var details = new List<SsrDetail>();
        for (int i = 2; i <= s.Elements.Count; i++)
        {
            var e = s[i];
            if (!e.IsEmpty) details.Add(new SsrDetail(e[0], e[1], e[2]));
        }
        var c = s[1];
        return new SpecialService(c[0], c[1], c[2], c[3], c[6], c[7], c[8], ValueList<SsrDetail>.Own([.. details]));
    }

    internal static FreeText Text(Segment s)
    {
        var lines = new List<string>();
        for (int i = 2; i <= s.Elements.Count; i++) lines.Add(string.Join(':', s[i].Components));
        var c = s[1];
        return new FreeText(c[0], c[1], c[2], c[3], ValueList<string>.Own([.. lines]));
    }

    internal static PnrOrganisation Organisation(Segment s) =>
        s.Elements.Count == 0
            ? PnrOrganisation.Empty
            : new(s.Value(1), s.Value(1, 1), s.Value(2), s.Value(2, 1), s.Value(3), s.Value(4), s.Value(4, 1), s.Value(5),
                s.Value(6), s.Value(6, 1), s.Value(6, 2), s.Value(7));

    internal static PnrAddress Address(Segment s)
    {
        var c = s[2];
        return new PnrAddress(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
    }

    internal static TravellerName Name(Segment s, PnrNotes notes)
    {
        string? surname = s.Value(1);
        if (surname is null) notes.Add("PNR-TIF-SURNAME", "TIF has no surname", s);
        return new TravellerName(surname ?? "", s.Value(1, 1), s.Value(2), s.Value(2, 1), s.Value(2, 2), s.Value(2, 3));
    }

    internal static IEnumerable<QualifiedPnrDate> Dates(Segment s) =>
        s.Elements.Where(e => !e.IsEmpty).Select(e => new QualifiedPnrDate(e[0], DateTime(e[1], e[2])));

    internal static IEnumerable<MonetaryAmount> Amounts(Segment s) =>
        s.Elements.Where(e => !e.IsEmpty).Select(e => new MonetaryAmount(e[0], e[1], e[2]));

    internal static IEnumerable<Tax> Taxes(Segment s) =>
        s.Elements.Skip(1).Where(e => !e.IsEmpty).Select(e => new Tax(e[0], e[2], e[3]));

    internal static IEnumerable<Payment> Payments(Segment s) =>
        s.Elements.Where(e => !e.IsEmpty).Select(e => new Payment(e[0], e[1], e[2], e[3], e[4], e[5],
            ValueList<FreeText>.Empty, ValueList<PnrAddress>.Empty));

    internal static FrequentFlyer FrequentFlyer(Segment s) => new(s.Value(1), s.Value(1, 1), s.Value(1, 4));

    internal static CheckedBags Bags(Segment s, PnrNotes notes)
    {
        var tags = new List<BagTagRange>();
        for (int i = 5; i <= s.Elements.Count; i++)
        {
            var e = s[i];
            if (!e.IsEmpty) tags.Add(new BagTagRange(e[0], e[1], e[2], e[3], e[4]));
        }
        int? count = null;
        if (s.Value(2) is { } c)
        {
            if (int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out int n)) count = n;
            else notes.Add("PNR-TBD-COUNT", $"TBD bag count '{c}' is not a number", s);
        }
        decimal? weight = null;
        if (s.Value(2, 1) is { } w)
        {
            if (decimal.TryParse(w, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal d)) weight = d;
            else notes.Add("PNR-TBD-WEIGHT", $"TBD weight '{w}' is not a number", s);
        }
        return new CheckedBags(count, weight, s.Value(2, 2), s.Value(4), s.Value(4, 1), ValueList<BagTagRange>.Own([.. tags]));
    }

    internal static PnrSegment Raw(Segment s) =>
        new(s.Tag, ValueList<ValueList<string>>.Own([.. s.Elements.Select(e => e.Components)]));
}
