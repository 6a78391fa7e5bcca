using Gateway.Screening.Model;

namespace Gateway.Screening.Import;

/// A list to load: KIND:FORMAT:PATH as on the command line. For <c>ofac-csv</c> the companion files may be named after
/// the path: <c>KIND:ofac-csv:PATH|alt=PATH|add=PATH|comments=PATH</c> (<see cref="OfacCsvFiles"/>).
public sealed record ListSource(ListKind Kind, string Format, string Path, OfacCsvFiles? OfacFiles = null)
{
    public static readonly string[] Formats = ["ofac-csv", "ofac-xml", "un-xml", "uk-csv", "eu-csv", "native-csv", "native-json"];

    public static ListSource Parse(string spec)
    {
        var first = spec.IndexOf(':', StringComparison.Ordinal);
        var second = first < 0 ? -1 : spec.IndexOf(':', first + 1);
        if (second < 0) throw new FormatException($"list '{spec}' is not KIND:FORMAT:PATH");
        var kindText = spec[..first];
        var format = spec[(first + 1)..second];
        var path = spec[(second + 1)..];
        if (!ListKinds.TryParse(kindText, out var kind))
            throw new FormatException($"list kind '{kindText}' is not one of entry-ban, departure-ban, wanted, sanctions, lost-stolen");
        if (Array.IndexOf(Formats, format) < 0) throw new FormatException($"list format '{format}' is not one of {string.Join(", ", Formats)}");
        OfacCsvFiles? files = null;
        var bar = path.IndexOf('|', StringComparison.Ordinal);
        if (bar >= 0)
        {
            if (format != "ofac-csv") throw new FormatException($"list '{spec}': companion files (|alt=…) are only for ofac-csv");
            files = OfacCsvFiles.Parse(path[(bar + 1)..].Split('|'));
            path = path[..bar];
        }
        if (path.Length == 0) throw new FormatException($"list '{spec}' has no path");
        return new ListSource(kind, format, path, files);
    }

    /// Reads the whole list or throws <see cref="ListFormatException"/>; nothing partial is ever returned.
    public WatchList Load()
    {
        if (!File.Exists(Path)) throw new ListFormatException(Path, 0, "the file does not exist");
        return Format switch
        {
            "ofac-csv" => OfacCsvImporter.Load(Path, Kind, OfacFiles ?? OfacCsvFiles.Standard),
            "ofac-xml" => OfacXmlImporter.Load(Path, Kind),
            "un-xml" => UnXmlImporter.Load(Path, Kind),
            "uk-csv" => UkCsvImporter.Load(Path, Kind),
            "eu-csv" => EuCsvImporter.Load(Path, Kind),
            "native-csv" => NativeCsvImporter.Load(Path, Kind),
            "native-json" => NativeJsonImporter.Load(Path, Kind),
            _ => throw new FormatException($"list format '{Format}' is unknown"),
        };
    }
}
