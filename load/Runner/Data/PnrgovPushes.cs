using System.Globalization;
using System.Text;

namespace Gateway.Runner.Data;

/// <summary>
/// A PNRGOV 13.1 push for one flight: one SRC group per booking with its locator (RCI), each traveller's name (TIF)
/// and passport (SSR DOCS). Written as text: the shape carriers send, not a round trip through the reader's records.
/// </summary>
public static class PnrgovPushes
{
    /// <summary>The push; <paramref name="bookings"/> holds the travellers of each booking.</summary>
    public static string Write(ListSpec spec, IReadOnlyList<IReadOnlyList<ListTraveller>> bookings, string interchangeReference, DateTime preparedAt)
    {
        var ci = CultureInfo.InvariantCulture;
        string flightNumber = spec.JourneyId[spec.Carrier.Length..];
        var body = new StringBuilder();
        int segments = 0;
        void Segment(string text)
        {
            body.Append(text).Append('\'');
            segments++;
        }

        Segment($"UNH+1+PNRGOV:13:1:IA+{spec.JourneyId}/{spec.Departure.ToString("ddMMyy/HHmm", ci)}");
        Segment("MSG+:22");
        Segment($"ORG+{spec.Carrier}:SEL");
        Segment($"TVL+{spec.Departure.ToString("ddMMyy:HHmm", ci)}:{spec.Arrival.ToString("ddMMyy:HHmm", ci)}+{spec.From}+{spec.To}+{spec.Carrier}+{flightNumber}");
        Segment("EQN+" + bookings.Count.ToString(ci));
        foreach (var booking in bookings)
        {
            Segment("SRC");
            Segment($"RCI+{spec.Carrier}:{booking[0].Locator}::{preparedAt.AddDays(-20).ToString("ddMMyy:HHmm", ci)}");
            for (int i = 0; i < booking.Count; i++)
            {
                var p = booking[i].Person;
                string n = (i + 1).ToString(ci);
                Segment($"TIF+{p.Surname}+{string.Join(' ', p.Given)}:A:{n}");
                Segment($"SSR+DOCS:HK::{spec.Carrier}:::::/P/{p.Nationality}/{p.Passport}/{p.Nationality}/{Date(p.Birth)}/{p.Sex}/{Date(DateOnly.FromDateTime(spec.Departure.AddYears(5)))}/{p.Surname}/{string.Join(' ', p.Given)}+::{n}");
            }
        }
        segments++; // UNT counts itself
        body.Append("UNT+").Append(segments.ToString(ci)).Append("+1'");
        return $"UNA:+.?*'UNB+IATA:1+{spec.Carrier}+KRIMMI+{preparedAt.ToString("yyMMdd:HHmm", ci)}+{interchangeReference}'{body}UNZ+1+{interchangeReference}'";
    }

    private static string Date(DateOnly d) => d.ToString("ddMMMyy", CultureInfo.InvariantCulture).ToUpperInvariant();
}
