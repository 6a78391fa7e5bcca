namespace Gateway.Screening.Model;

/// A birth date as lists state it: a full date, a year only, or a range of years; possibly "approximately".
/// Month and Day are 0 when unknown.
public readonly record struct BirthDate(int FromYear, int ToYear, int Month, int Day, bool Approximate)
{
    public static BirthDate Exact(int year, int month, int day) => new(year, year, month, day, false);

    public static BirthDate Year(int year, bool approximate = false) => new(year, year, 0, 0, approximate);

    public static BirthDate Range(int from, int to) => new(Math.Min(from, to), Math.Max(from, to), 0, 0, false);

    public bool IsFullDate => FromYear == ToYear && Month > 0 && Day > 0;

    /// The years a traveller born in <paramref name="year"/> may be matched against: ±1, ±3 when approximate.
    public bool YearCompatible(int year)
    {
        var slack = Approximate ? 3 : 1;
        return year >= FromYear - slack && year <= ToYear + slack;
    }

    /// Parses yyyy-mm-dd, yyyy-mm, yyyy, and yyyy..yyyy (our native format).
    public static bool TryParseIso(ReadOnlySpan<char> s, out BirthDate date)
    {
        date = default;
        s = s.Trim();
        var approximate = false;
        if (s.StartsWith("~")) { approximate = true; s = s[1..]; }
        var dots = s.IndexOf("..", StringComparison.Ordinal);
        if (dots > 0)
        {
            if (!int.TryParse(s[..dots], out var a) || !int.TryParse(s[(dots + 2)..], out var b) || !Plausible(a) || !Plausible(b)) return false;
            date = Range(a, b);
            return true;
        }
        if (s.Length == 4 && int.TryParse(s, out var y) && Plausible(y))
        {
            date = Year(y, approximate);
            return true;
        }
        if (s.Length == 7 && s[4] == '-' && int.TryParse(s[..4], out y) && int.TryParse(s[5..], out var m) && Plausible(y) && m is >= 1 and <= 12)
        {
            date = new BirthDate(y, y, m, 0, approximate);
            return true;
        }
        if (s.Length == 10 && s[4] == '-' && s[7] == '-' && int.TryParse(s[..4], out y) && int.TryParse(s.Slice(5, 2), out m)
            && int.TryParse(s.Slice(8, 2), out var d) && Plausible(y) && m is >= 1 and <= 12 && d is >= 1 and <= 31)
        {
            date = new BirthDate(y, y, m, d, approximate);
            return true;
        }
        return false;
    }

    internal static bool Plausible(int year) => year is >= 1850 and <= 2100;

    public override string ToString()
    {
        var core = FromYear != ToYear ? $"{FromYear}..{ToYear}"
            : Day > 0 ? $"{FromYear:D4}-{Month:D2}-{Day:D2}"
            : Month > 0 ? $"{FromYear:D4}-{Month:D2}"
            : $"{FromYear:D4}";
        return Approximate ? "~" + core : core;
    }
}
