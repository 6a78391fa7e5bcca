using System.Text;

namespace Gateway.Screening.Import;

/// A small RFC 4180 reader that knows the line each record starts on, so errors can point at it.
/// Quoted fields may span lines; "" inside quotes is a quote. An unterminated quote is an error, not a silent merge.
internal sealed class CsvReader
{
    private readonly TextReader _reader;
    private readonly string _source;
    private readonly char _separator;
    private int _line;

    public CsvReader(TextReader reader, string source, char separator = ',')
    {
        _reader = reader;
        _source = source;
        _separator = separator;
    }

    /// The line the last record returned started on (1-based).
    public int RecordLine { get; private set; }

    /// The next record, or null at the end. Blank lines and DOS end-of-file marks (0x1A) are skipped.
    public List<string>? Read()
    {
        while (true)
        {
            var text = _reader.ReadLine();
            if (text is null) return null;
            _line++;
            // A DOS end-of-file mark (0x1A) may end a file or sit between concatenated exports: it is not data.
            if (text.Length > 0 && text[0] == '\x1A') text = text.TrimStart('\x1A');
            if (text.Length == 0) continue;
            RecordLine = _line;
            return Split(text);
        }
    }

    private List<string> Split(string first)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var text = first;
        var i = 0;
        var quoted = false;
        var fieldStarted = false;
        while (true)
        {
            if (i >= text.Length)
            {
                if (!quoted) break;
                var next = _reader.ReadLine() ?? throw new ListFormatException(_source, RecordLine, "a quoted field is not closed before the end of the file");
                _line++;
                field.Append('\n');
                text = next;
                i = 0;
                continue;
            }
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                    quoted = false;
                    i++;
                    continue;
                }
                field.Append(c);
                i++;
                continue;
            }
            if (c == '"' && !fieldStarted)
            {
                quoted = true;
                fieldStarted = true;
                i++;
                continue;
            }
            if (c == _separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
                i++;
                continue;
            }
            field.Append(c);
            if (c != ' ') fieldStarted = true;
            i++;
        }
        fields.Add(field.ToString());
        return fields;
    }
}
