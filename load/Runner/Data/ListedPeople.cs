using System.Globalization;

namespace Gateway.Runner.Data;

/// <summary>
/// A uniform sample of the people of a native-CSV watch list (the file that was uploaded), so that the listed share of
/// the travellers names people the gateway really has on its list.
/// </summary>
public sealed class ListedPeople
{
    private readonly List<Person> _people;

    private ListedPeople(List<Person> people) => _people = people;

    /// <summary>People in the sample.</summary>
    public int Count => _people.Count;

    /// <summary>One person of the sample.</summary>
    public Person Pick(Random rng) => _people[rng.Next(_people.Count)];

    /// <summary>Reads a native-CSV list and keeps a uniform sample of at most <paramref name="sample"/> named persons.</summary>
    /// <exception cref="FormatException">The file has no header with <c>surname</c> or <c>name</c>.</exception>
    public static ListedPeople Load(string path, int sample = 20_000, int seed = 7)
    {
        var rng = new Random(seed);
        var kept = new List<Person>(sample);
        using var reader = new StreamReader(path);
        var header = CsvLine.Split(reader.ReadLine() ?? "");
        int surname = Column(header, "surname"), given = Column(header, "given"), name = Column(header, "name");
        int births = Column(header, "birth_dates"), sex = Column(header, "sex"), nat = Column(header, "nationalities");
        if (surname < 0 && name < 0) throw new FormatException($"{path}: line 1: a native CSV list needs a 'surname' or 'name' column");
        long seen = 0;
        while (reader.ReadLine() is { } line)
        {
            var cells = CsvLine.Split(line);
            var person = ToPerson(cells, surname, given, name, births, sex, nat, rng);
            if (person is null) continue;
            seen++;
            if (kept.Count < sample) kept.Add(person);
            else if (rng.NextInt64(seen) is var slot && slot < sample) kept[(int)slot] = person;
        }
        return new ListedPeople(kept);
    }

    private static Person? ToPerson(IReadOnlyList<string> cells, int surname, int given, int name, int births, int sex, int nat, Random rng)
    {
        string Cell(int i) => i >= 0 && i < cells.Count ? cells[i].Trim() : "";
        string last = Cell(surname).ToUpperInvariant();
        var first = Cell(given).ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (last.Length == 0 && Cell(name) is { Length: > 0 } full)
        {
            var parts = full.Replace(",", " ", StringComparison.Ordinal).ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            last = parts[^1];
            first = parts[..^1];
        }
        if (last.Length == 0) return null;
        var birth = DateOnly.TryParseExact(Cell(births).Split('|')[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var b)
            ? b : PeopleGenerator.RandomBirth(rng);
        char s = Cell(sex) is "F" ? 'F' : 'M';
        string nationality = Cell(nat).Split('|')[0] is { Length: 3 } n ? n : "KOR";
        return new Person(last, first, s, birth, nationality, "");
    }

    private static int Column(IReadOnlyList<string> header, string name)
    {
        for (int i = 0; i < header.Count; i++) if (string.Equals(header[i].Trim(), name, StringComparison.Ordinal)) return i;
        return -1;
    }
}
