using System.Globalization;

namespace Gateway.Adapters.Edifact;

/// <summary>
/// Reads an interchange (ISO 9735 syntax 3 and 4, IATA syntax for PNRGOV) into envelopes and segments, checking the
/// envelope structure, control counts and references. Real-world mess that can be read unambiguously — a header before
/// UNA/UNB, hard-wrapped lines, CR/LF between segments, junk after UNZ, counts that do not add up — is read past and
/// reported as <see cref="ReadNote"/>s. Anything else is an <see cref="EdifactSyntaxException"/> that says where.
/// </summary>
public static class EdifactReader
{
    /// <summary>Reads received bytes (UTF-8 when valid, else ISO 8859-1).</summary>
    public static EdifactReadResult Read(ReadOnlySpan<byte> bytes, EdifactReaderOptions? options = null)
    {
        options ??= EdifactReaderOptions.Default;
        if (bytes.Length > options.MaxBytes)
        {
            throw new EdifactSyntaxException($"the input is {bytes.Length:N0} bytes, over the limit of {options.MaxBytes:N0} bytes",
                new SourcePosition(1, 1, 0), SyntaxCodes.Unspecified);
        }
        if (bytes.IndexOf((byte)0) >= 0)
        {
            int at = bytes.IndexOf((byte)0);
            throw new EdifactSyntaxException($"binary data: a NUL byte at byte offset {at}; EDIFACT is text",
                new SourcePosition(1, 1, at), SyntaxCodes.InvalidCharacter);
        }
        string text = EdifactText.Decode(bytes, out bool utf8);
        return Read(text, utf8);
    }

    /// <summary>Reads interchange text.</summary>
    public static EdifactReadResult Read(string text) => Read(text, utf8: true);

    private static EdifactReadResult Read(string text, bool utf8)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new EdifactSyntaxException("the input is empty", new SourcePosition(1, 1, 0), SyntaxCodes.Missing, "UNB");
        }
        var notes = new List<ReadNote>();
        var start = InterchangeStart.Locate(text, notes);
        var unbAt = InterchangeStart.Position(text, start.UnbOffset);
        var delimiters = start.Delimiters;

        var scanner = new SegmentScanner(text, start.UnbOffset, text.Length, delimiters, unbAt.Line, start.UnbOffset - unbAt.Column + 1);
        scanner.Next();
        var unb = SegmentBuilder.Build(scanner, 1);
        if (delimiters.Repetition is not null && unb.Value(1, 1) != "4")
        {
            // A repetition separator exists only in syntax 4; in older syntaxes that UNA position is reserved.
            delimiters = delimiters with { Repetition = null };
            scanner = new SegmentScanner(text, start.UnbOffset, text.Length, delimiters, unbAt.Line, start.UnbOffset - unbAt.Column + 1);
            scanner.Next();
            unb = SegmentBuilder.Build(scanner, 1);
        }
        var envelope = new EnvelopeReader(scanner, notes, text);
        var interchange = envelope.ReadInterchange(delimiters, unb);
        AddBreakNote(envelope, notes);
        return new EdifactReadResult(interchange, ValueList.Of([.. notes]), utf8);
    }

    private static void AddBreakNote(EnvelopeReader envelope, List<ReadNote> notes)
    {
        if (envelope.Breaks == 0 || envelope.FirstBreak is not { } first) return;
        notes.Add(new ReadNote("EDI-LINE-BREAK",
            $"{envelope.Breaks} line break(s) inside segments were removed (hard-wrapped lines); the first in segment {envelope.FirstBreakTag}",
            first, envelope.FirstBreakTag));
    }

    internal static int? Count(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : null;
}
