namespace Gateway.Screening.Import;

/// A list file that cannot be read. The whole file is rejected; the message says which file, line or record, and why.
public sealed class ListFormatException : Exception
{
    public ListFormatException(string source, int line, string problem)
        : base($"{source}: line {line}: {problem}")
    {
        Source = source;
        Line = line;
        Problem = problem;
    }

    public ListFormatException(string source, string record, string problem)
        : base($"{source}: {record}: {problem}")
    {
        Source = source;
        Record = record;
        Problem = problem;
    }

    /// The file (or stream name) that failed.
    public new string Source { get; }

    /// The 1-based line where the failing record starts, 0 when the failure is located by record.
    public int Line { get; }

    /// The record that failed (XML element path and position), when not located by line.
    public string? Record { get; }

    public string Problem { get; }
}
