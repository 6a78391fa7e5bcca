namespace Gateway.Screening.Import;

/// The files beside an OFAC <c>sdn.csv</c> that the caller names (alias, address and comment files often carry dates or
/// set names: <c>alt_2025-12.csv</c>). A named file must exist; an unnamed one is looked for beside the SDN file under
/// its standard names; <see cref="None"/> ("-") reads no such file.
public sealed record OfacCsvFiles(string? Alt = null, string? Add = null, string? Comments = null)
{
    /// Written for a role to read no file of that role, not even one beside the SDN file.
    public const string None = "-";

    public static OfacCsvFiles Standard { get; } = new();

    /// Parses <c>alt=PATH|add=PATH|comments=PATH</c> (any subset, any order), as after the path in <c>--list</c>.
    public static OfacCsvFiles Parse(IEnumerable<string> parts)
    {
        string? alt = null, add = null, comments = null;
        foreach (var part in parts)
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var role = eq < 0 ? part : part[..eq];
            var path = eq < 0 ? "" : part[(eq + 1)..];
            if (path.Length == 0) throw new FormatException($"OFAC file '{part}' is not ROLE=PATH (roles: alt, add, comments)");
            switch (role)
            {
                case "alt": alt = alt is null ? path : throw new FormatException("the alt file is named twice"); break;
                case "add": add = add is null ? path : throw new FormatException("the add file is named twice"); break;
                case "comments": comments = comments is null ? path : throw new FormatException("the comments file is named twice"); break;
                default: throw new FormatException($"OFAC file role '{role}' is not alt, add or comments");
            }
        }
        return new OfacCsvFiles(alt, add, comments);
    }

    /// The path to read for a role: the named file (which must exist), none, or the standard sibling when present.
    internal string? Resolve(string role, string? named, string sdnPath, Func<string?> standard)
    {
        if (named == None) return null;
        if (named is null) return standard();
        if (!File.Exists(named)) throw new ListFormatException(named, 0, $"the {role} file named for {Path.GetFileName(sdnPath)} does not exist");
        return named;
    }
}
