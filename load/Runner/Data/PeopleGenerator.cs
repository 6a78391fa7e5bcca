namespace Gateway.Runner.Data;

/// <summary>
/// Travellers for the scenarios, deterministic per request index (so a run can be repeated, and any thread can make
/// any request): names from <see cref="NamePools"/>, and with probability <c>listedShare</c> a person drawn from the
/// loaded watch list, written with the spelling drift passports and lists show.
/// </summary>
public sealed class PeopleGenerator(NamePools pools, ListedPeople? listed, double listedShare, int seed)
{
    private static readonly string[] Nationalities = ["KOR", "KOR", "KOR", "JPN", "CHN", "USA", "VNM", "PHL", "THA", "RUS", "DEU", "FRA", "GBR", "IND", "AUS"];

    // Check-in groups: mostly one or two people, sometimes a family, rarely a group of nine.
    private static readonly int[] GroupWeights = [40, 25, 12, 10, 5, 3, 2, 2, 1];

    /// <summary>A random source for request <paramref name="index"/> of this run.</summary>
    public Random For(long index) => new(HashCode.Combine(seed, index));

    /// <summary>A check-in group size, 1 to 9.</summary>
    public static int GroupSize(Random rng)
    {
        int roll = rng.Next(100);
        for (int i = 0; i < GroupWeights.Length; i++)
        {
            if (roll < GroupWeights[i]) return i + 1;
            roll -= GroupWeights[i];
        }
        return 1;
    }

    /// <summary>One traveller; <paramref name="isListed"/> says whether it was drawn from the watch list.</summary>
    public Person Next(Random rng, long index, int position, out bool isListed)
    {
        string passport = PassportNumber(rng, index, position);
        if (listed is { Count: > 0 } && rng.NextDouble() < listedShare)
        {
            isListed = true;
            var p = listed.Pick(rng);
            var surname = rng.Next(2) == 0 ? p.Surname : Vary(rng, p.Surname);
            return p with { Surname = surname, Passport = passport };
        }
        isListed = false;
        int givenCount = rng.Next(10) < 3 ? 2 : 1;
        var given = new string[givenCount];
        for (int g = 0; g < givenCount; g++) given[g] = pools.Given[rng.Next(pools.Given.Count)];
        return new Person(pools.Surnames[rng.Next(pools.Surnames.Count)], given, rng.Next(2) == 0 ? 'M' : 'F',
            RandomBirth(rng), Nationalities[rng.Next(Nationalities.Length)], passport);
    }

    /// <summary>A birth date between 1940 and 2020.</summary>
    public static DateOnly RandomBirth(Random rng) => new(1940 + rng.Next(81), 1 + rng.Next(12), 1 + rng.Next(28));

    /// <summary>Spelling drift: a letter dropped, doubled or changed.</summary>
    public static string Vary(Random rng, string s)
    {
        if (s.Length < 4) return s;
        int p = 1 + rng.Next(s.Length - 2);
        return rng.Next(3) switch
        {
            0 => s[..p] + s[(p + 1)..],
            1 => s[..p] + s[p] + s[p..],
            _ => s[..p] + (char)('A' + rng.Next(26)) + s[(p + 1)..],
        };
    }

    // Unique per request and position within a run, with a random letter so documents do not look sequential.
    private static string PassportNumber(Random rng, long index, int position) =>
        ((char)('A' + rng.Next(26))).ToString() + (((index * 10) + position) % 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
}
