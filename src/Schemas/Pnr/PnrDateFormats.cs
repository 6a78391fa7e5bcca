using System.Globalization;

namespace Gateway.Schemas.Pnr;

/// <summary>
/// Date formats PNRGOV uses that are not EDIFACT 2379 codes: DDMMYY in segments, DDMMMYY (<c>12JUL64</c>) in AIRIMP
/// free text. <see cref="MessageDate"/> keeps them as sent; <see cref="ToStandard"/> converts to YYMMDD (<c>101</c>) so
/// the usual century rules apply.
/// </summary>
public static class PnrDateFormats
{
    /// <summary>Day, month, two-digit year: <c>280513</c>.</summary>
    public const string Ddmmyy = "DDMMYY";

    /// <summary>Day, three-letter English month, two-digit year: <c>28MAY13</c>.</summary>
    public const string Ddmmmyy = "DDMMMYY";

    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    /// <summary>The date in YYMMDD (<see cref="MessageDate.Yymmdd"/>), or null when it is not a well-formed value of its format.</summary>
    public static MessageDate? ToStandard(MessageDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        string t = date.Text;
        switch (date.Format)
        {
            case Ddmmyy when t.Length == 6 && t.All(char.IsAsciiDigit):
                return new MessageDate(string.Concat(t.AsSpan(4, 2), t.AsSpan(2, 2), t.AsSpan(0, 2)), MessageDate.Yymmdd);
            case Ddmmmyy when t.Length == 7 && char.IsAsciiDigit(t[0]) && char.IsAsciiDigit(t[1]) && char.IsAsciiDigit(t[5]) && char.IsAsciiDigit(t[6]):
                int month = Array.IndexOf(Months, t.Substring(2, 3).ToUpperInvariant());
                if (month < 0) return null;
                return new MessageDate(string.Concat(t.AsSpan(5, 2), (month + 1).ToString("00", CultureInfo.InvariantCulture), t.AsSpan(0, 2)), MessageDate.Yymmdd);
            default:
                return date.Format is MessageDate.Yymmdd or MessageDate.Ccyymmdd ? date : null;
        }
    }

    /// <summary>Reads the date part with the century rule (<see cref="MessageDate.TryGetDate"/>).</summary>
    public static bool TryGetDate(MessageDate date, DateOnly reference, CenturyRule rule, out DateOnly value)
    {
        value = default;
        return ToStandard(date) is { } standard && standard.TryGetDate(reference, rule, out value);
    }
}
