using System.Globalization;

namespace Gateway.Schemas;

/// <summary>
/// A date or local date-time exactly as a message wrote it, with its format: the EDIFACT 2379 code
/// (<c>101</c> YYMMDD, <c>102</c> CCYYMMDD, <c>201</c> YYMMDDHHMM, <c>203</c> CCYYMMDDHHMM) or <c>ISO</c> for JSON
/// (<c>yyyy-MM-dd</c> or <c>yyyy-MM-ddTHH:mm</c>). The text is kept as sent so that a bad date (31 February)
/// becomes a finding with the original value, never an exception; interpretation happens in validation.
/// </summary>
/// <param name="Text">The value as sent.</param>
/// <param name="Format">The format code.</param>
public sealed record MessageDate(string Text, string Format)
{
    /// <summary>YYMMDD.</summary>
    public const string Yymmdd = "101";
    /// <summary>CCYYMMDD.</summary>
    public const string Ccyymmdd = "102";
    /// <summary>YYMMDDHHMM.</summary>
    public const string YymmddHhmm = "201";
    /// <summary>CCYYMMDDHHMM.</summary>
    public const string CcyymmddHhmm = "203";
    /// <summary>ISO 8601 date or date-time without offset (JSON channel).</summary>
    public const string Iso = "ISO";

    /// <summary>Whether the value carries a time of day.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool HasTime => Format is YymmddHhmm or CcyymmddHhmm || (Format == Iso && Text.Length > 10);

    /// <summary>
    /// Reads the date part. Two-digit years are placed in the century that puts the date nearest to
    /// <paramref name="reference"/> within the allowed direction: <see cref="CenturyRule.NotAfter"/> for birth
    /// dates (never in the future), <see cref="CenturyRule.Nearest"/> for expiry and schedule dates.
    /// </summary>
    public bool TryGetDate(DateOnly reference, CenturyRule rule, out DateOnly date)
    {
        date = default;
        if (!TryGetParts(out int year, out int century, out int month, out int day, out _, out _)) return false;
        if (century < 0)
        {
            int refCentury = reference.Year / 100 * 100;
            int candidate = refCentury + year;
            if (rule == CenturyRule.NotAfter)
            {
                bool after = candidate > reference.Year
                             || (candidate == reference.Year && (month > reference.Month || (month == reference.Month && day > reference.Day)));
                if (after) candidate -= 100;
            }
            else if (candidate - reference.Year > 50) candidate -= 100;
            else if (reference.Year - candidate > 50) candidate += 100;
            year = candidate;
        }
        else year += century;
        if (month is < 1 or > 12 || year is < 1 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Reads a local date and time (no offset: messages give port-local times).</summary>
    public bool TryGetLocalDateTime(DateOnly reference, out DateTime local)
    {
        local = default;
        if (!TryGetDate(reference, CenturyRule.Nearest, out var date)) return false;
        TryGetParts(out _, out _, out _, out _, out int hour, out int minute);
        if (hour is < 0 or > 23 || minute is < 0 or > 59) return false;
        local = date.ToDateTime(new TimeOnly(hour, minute), DateTimeKind.Unspecified);
        return true;
    }

    private bool TryGetParts(out int year, out int century, out int month, out int day, out int hour, out int minute)
    {
        year = month = day = hour = minute = 0;
        century = -1;
        var s = Text.AsSpan();
        switch (Format)
        {
            case Yymmdd when s.Length == 6 && Digits(s):
            case YymmddHhmm when s.Length == 10 && Digits(s):
                year = N(s, 0, 2); month = N(s, 2, 2); day = N(s, 4, 2);
                if (s.Length == 10) { hour = N(s, 6, 2); minute = N(s, 8, 2); }
                return true;
            case Ccyymmdd when s.Length == 8 && Digits(s):
            case CcyymmddHhmm when s.Length == 12 && Digits(s):
                century = 0; year = N(s, 0, 4); month = N(s, 4, 2); day = N(s, 6, 2);
                if (s.Length == 12) { hour = N(s, 8, 2); minute = N(s, 10, 2); }
                return true;
            case Iso when (s.Length == 10 || s.Length == 16 || s.Length == 19) && s[4] == '-' && s[7] == '-'
                          && Digits(s[..4]) && Digits(s.Slice(5, 2)) && Digits(s.Slice(8, 2)):
                century = 0; year = N(s, 0, 4); month = N(s, 5, 2); day = N(s, 8, 2);
                if (s.Length >= 16)
                {
                    if (s[10] != 'T' || s[13] != ':' || !Digits(s.Slice(11, 2)) || !Digits(s.Slice(14, 2))) return false;
                    hour = N(s, 11, 2); minute = N(s, 14, 2);
                }
                return true;
            default:
                return false;
        }
    }

    private static bool Digits(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (c is < '0' or > '9') return false;
        return true;
    }

    private static int N(ReadOnlySpan<char> s, int start, int length) =>
        int.Parse(s.Slice(start, length), NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>A date from a JSON-style ISO value.</summary>
    public static MessageDate FromIso(DateOnly date) => new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Iso);
}

/// <summary>How a two-digit year is placed in a century.</summary>
public enum CenturyRule
{
    /// <summary>The latest century that does not put the date after the reference (birth dates).</summary>
    NotAfter,
    /// <summary>The century that puts the date within fifty years of the reference (expiry, schedules).</summary>
    Nearest,
}
