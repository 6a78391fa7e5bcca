using System.Globalization;
using System.Text;

namespace Gateway.Runner.Data;

/// <summary>
/// Writes a synthetic watch list in the agency's native CSV format (docs/SCREENING.md): names from the pools, 30 % with
/// one or two varied aliases, 60 % full birth dates, 20 % a year or a circa year, 20 % none, half with a passport.
/// The same shape as the 1M-entry list of the screening benchmarks (load/Benchmarks/ScreeningSynthetic.cs).
/// </summary>
public static class WatchListCsv
{
    private static readonly string[] Nationalities = ["KOR", "USA", "CHN", "JPN", "RUS", "IRN", "SYR", "GBR", "DEU", "FRA", "PHL", "VNM", "IND", "PAK", "NGA"];

    /// <summary>The header line.</summary>
    public const string Header = "ref,surname,given,aliases,birth_dates,sex,nationalities,documents";

    /// <summary>Writes <paramref name="entries"/> entries to <paramref name="output"/>; returns the bytes written.</summary>
    public static long Write(Stream output, int entries, NamePools pools, int seed = 1)
    {
        var rng = new Random(seed);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(Header);
        var line = new StringBuilder(160);
        for (int i = 0; i < entries; i++)
        {
            line.Clear();
            string surname = pools.Surnames[rng.Next(pools.Surnames.Count)];
            int givenCount = 1 + (rng.Next(10) < 4 ? 1 : 0);
            string given = pools.Given[rng.Next(pools.Given.Count)];
            if (givenCount == 2) given += " " + pools.Given[rng.Next(pools.Given.Count)];
            line.Append("LD-").Append(i.ToString(CultureInfo.InvariantCulture)).Append(',').Append(surname).Append(',').Append(given).Append(',');
            int aliases = rng.Next(10) < 3 ? 1 + rng.Next(2) : 0;
            for (int a = 0; a < aliases; a++)
            {
                if (a > 0) line.Append('|');
                line.Append(PeopleGenerator.Vary(rng, given.Split(' ')[0])).Append(' ').Append(PeopleGenerator.Vary(rng, surname));
            }
            line.Append(',');
            int roll = rng.Next(10);
            int year = 1940 + rng.Next(66);
            if (roll < 6) line.Append(CultureInfo.InvariantCulture, $"{year:D4}-{1 + rng.Next(12):D2}-{1 + rng.Next(28):D2}");
            else if (roll < 8) line.Append(rng.Next(3) == 0 ? "~" : "").Append(year.ToString(CultureInfo.InvariantCulture));
            line.Append(',').Append(rng.Next(10) switch { < 4 => "M", < 8 => "F", _ => "" }).Append(',');
            line.Append(Nationalities[rng.Next(Nationalities.Length)]).Append(',');
            if (rng.Next(2) == 0)
            {
                line.Append((char)('A' + rng.Next(26))).Append(rng.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture))
                    .Append(':').Append(Nationalities[rng.Next(Nationalities.Length)]).Append(":passport");
            }
            writer.WriteLine(line);
        }
        writer.Flush();
        return output.CanSeek ? output.Length : -1;
    }
}
