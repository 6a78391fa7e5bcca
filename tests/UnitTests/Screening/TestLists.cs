using Gateway.Screening.Model;

namespace Gateway.UnitTests.Screening;

/// Paths to the crafted list files and small in-memory lists for matcher tests.
internal static class TestLists
{
    public static string File(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", "Screening", .. parts]);

    public static ListEntry Person(string reference, string name, string? surname = null, BirthDate? dob = null, char? sex = null,
        string[]? nationalities = null, EntryDocument[]? documents = null, params string[] aliases)
    {
        var names = new List<EntryName> { new(name, surname) };
        foreach (var a in aliases) names.Add(new EntryName(a));
        return new ListEntry(reference, EntryType.Person, names, dob is null ? [] : [dob.Value], sex, nationalities ?? [], documents ?? [], null);
    }

    public static WatchList List(ListKind kind, params ListEntry[] entries) => new("test-" + kind.Code(), kind, entries);
}
