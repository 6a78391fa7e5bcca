namespace Gateway.Screening.Model;

/// One name of an entry: the primary name or an alias, as written, with its parts when the list gives them.
/// <param name="Full">The name as the list writes it, in any script.</param>
/// <param name="Surname">The family name when the list marks it (OFAC "SURNAME, Given", UN, UK Name 6); null when unknown.</param>
/// <param name="Weak">Low-quality alias (OFAC "weak", UN "Low"): scored lower.</param>
/// <param name="OriginalScript">The name is the list's original-script rendering.</param>
public sealed record EntryName(string Full, string? Surname = null, bool Weak = false, bool OriginalScript = false);

/// A travel or identity document on a list entry.
/// <param name="Number">As written; the index normalises it.</param>
/// <param name="Country">ISO 3166-1 alpha-3 issuing state when known.</param>
/// <param name="Type">Passport, national ID… as the list says.</param>
public sealed record EntryDocument(string Number, string? Country, string? Type = null);

/// Whether the entry is a person or something else (organisation, vessel, aircraft).
public enum EntryType
{
    Person,
    Organisation,
    Vessel,
    Aircraft,
    Unknown,
}

/// One entry of a watch list.
/// <param name="Reference">The list's own identifier (OFAC ent_num, UN REFERENCE_NUMBER or DATAID, UK Group ID…).</param>
public sealed record ListEntry(
    string Reference,
    EntryType Type,
    IReadOnlyList<EntryName> Names,
    IReadOnlyList<BirthDate> BirthDates,
    char? Sex,
    IReadOnlyList<string> Nationalities,
    IReadOnlyList<EntryDocument> Documents,
    DateOnly? ListedOn,
    string? Remarks = null);

/// A loaded list: its name (shown to officers), kind and entries.
public sealed record WatchList(string Name, ListKind Kind, IReadOnlyList<ListEntry> Entries);
