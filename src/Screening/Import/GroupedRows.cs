using Gateway.Screening.Model;

namespace Gateway.Screening.Import;

/// Collects the facts of one entry spread over several rows (UK: one row per alias per DOB; EU: one row per fact).
internal sealed class GroupedRows(string reference, EntryType type)
{
    private readonly List<EntryName> _names = [];
    private readonly HashSet<string> _seenNames = new(StringComparer.Ordinal);
    private readonly List<BirthDate> _dobs = [];
    private readonly List<string> _nationalities = [];
    private readonly List<EntryDocument> _documents = [];

    public string Reference { get; } = reference;
    public EntryType Type { get; set; } = type;
    public char? Sex { get; set; }
    public DateOnly? ListedOn { get; set; }
    public string? Remarks { get; set; }

    /// Primary names go first: officers see the name the list leads with.
    public void AddName(EntryName name, bool primary = false)
    {
        if (!_seenNames.Add(name.Full)) return;
        if (primary) _names.Insert(0, name);
        else _names.Add(name);
    }

    public void AddBirthDate(BirthDate dob)
    {
        if (!_dobs.Contains(dob)) _dobs.Add(dob);
    }

    public void AddNationality(string? iso)
    {
        if (iso is not null && !_nationalities.Contains(iso)) _nationalities.Add(iso);
    }

    public void AddDocument(EntryDocument doc)
    {
        if (!_documents.Contains(doc)) _documents.Add(doc);
    }

    public bool HasName => _names.Count > 0;

    public ListEntry Build() => new(Reference, Type, _names, _dobs, Sex, _nationalities, _documents, ListedOn, Remarks);
}
