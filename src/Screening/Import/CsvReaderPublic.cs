namespace Gateway.Screening.Import;

/// The line-aware CSV reader for tools outside the library (evaluation, generator).
public sealed class CsvReaderPublic(TextReader reader, string source, char separator = ',')
{
    private readonly CsvReader _inner = new(reader, source, separator);

    public int RecordLine => _inner.RecordLine;

    public List<string>? Read() => _inner.Read();
}
