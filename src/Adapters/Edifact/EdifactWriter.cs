using System.Globalization;
using System.Text;

namespace Gateway.Adapters.Edifact;

/// <summary>
/// Writes interchanges: UNA (optional), UNB, groups or messages, and the trailers UNT/UNE/UNZ with their control
/// counts and references filled in. Service characters in data are released; trailing empty components and elements
/// are omitted as ISO 9735 requires. <c>EdifactReader.Read(Write(x))</c> gives back <c>x</c>.
/// </summary>
public static class EdifactWriter
{
    /// <summary>Writes the interchange as text.</summary>
    /// <param name="interchange">What to write.</param>
    /// <param name="writeUna">Write the UNA service string advice (always when delimiters differ from the defaults).</param>
    /// <param name="lineBreaks">Put a line break after each segment terminator (readable; tolerated by receivers).</param>
    public static string Write(Interchange interchange, bool writeUna = true, bool lineBreaks = false)
    {
        var d = interchange.Delimiters;
        var sb = new StringBuilder(4096);
        string eol = lineBreaks ? "\n" : "";
        if (writeUna || d != Delimiters.Default) sb.Append(d.ToUna()).Append(eol);
        WriteSegment(sb, interchange.Header, d, eol);
        if (interchange.Groups.Count > 0 && interchange.Messages.Count > 0)
        {
            throw new ArgumentException("an interchange holds either functional groups or bare messages, not both", nameof(interchange));
        }
        foreach (var group in interchange.Groups)
        {
            WriteSegment(sb, group.Header, d, eol);
            foreach (var message in group.Messages) WriteMessage(sb, message, d, eol);
            WriteSegment(sb, Trailer("UNE", group.Messages.Count, group.Reference), d, eol);
        }
        foreach (var message in interchange.Messages) WriteMessage(sb, message, d, eol);
        int count = interchange.Groups.Count > 0 ? interchange.Groups.Count : interchange.Messages.Count;
        WriteSegment(sb, Trailer("UNZ", count, interchange.ControlReference), d, eol);
        return sb.ToString();
    }

    private static void WriteMessage(StringBuilder sb, EdifactMessage message, Delimiters d, string eol)
    {
        WriteSegment(sb, message.Header, d, eol);
        foreach (var segment in message.Body) WriteSegment(sb, segment, d, eol);
        WriteSegment(sb, Trailer("UNT", message.SegmentCount, message.Reference), d, eol);
    }

    private static Segment Trailer(string tag, int count, string? reference) =>
        Segment.Of(tag, DataElement.Of(count.ToString(CultureInfo.InvariantCulture)), DataElement.Of(reference ?? ""));

    /// <summary>Appends one segment with its terminator.</summary>
    public static void WriteSegment(StringBuilder sb, Segment segment, Delimiters d, string eol = "")
    {
        sb.Append(segment.Tag);
        int elements = segment.Elements.Count;
        while (elements > 0 && segment.Elements[elements - 1].IsEmpty) elements--;
        for (int e = 0; e < elements; e++)
        {
            sb.Append(d.Element);
            var element = segment.Elements[e];
            WriteComponents(sb, element.Components, d, segment.Tag);
            foreach (var repetition in element.Repetitions)
            {
                sb.Append(d.Repetition ?? throw new ArgumentException(
                    $"segment {segment.Tag} repeats an element but the delimiters have no repetition separator (syntax 4 UNA needed)"));
                WriteComponents(sb, repetition, d, segment.Tag);
            }
        }
        sb.Append(d.Segment).Append(eol);
    }

    private static void WriteComponents(StringBuilder sb, ValueList<string> components, Delimiters d, string tag)
    {
        int n = components.Count;
        while (n > 0 && components[n - 1].Length == 0) n--;
        for (int c = 0; c < n; c++)
        {
            if (c > 0) sb.Append(d.Component);
            foreach (char ch in components[c])
            {
                if (ch is '\r' or '\n')
                {
                    throw new ArgumentException($"segment {tag}: a value holds a line break, which EDIFACT data cannot carry");
                }
                if (d.IsService(ch)) sb.Append(d.Release);
                sb.Append(ch);
            }
        }
    }
}
