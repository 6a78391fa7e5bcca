namespace Gateway.Adapters.Edifact;

/// <summary>
/// Finds where the interchange begins: a UNA service string advice, or UNB with the default delimiters. Anything before
/// it (a Type-B address block, e-mail headers, SOH/STX framing) is skipped and reported.
/// </summary>
internal static class InterchangeStart
{
    internal readonly record struct Found(int UnaOffset, int UnbOffset, Delimiters Delimiters);

    internal static Found Locate(string text, List<ReadNote> notes)
    {
        for (int i = text.IndexOf('U', StringComparison.Ordinal); i >= 0 && i + 2 < text.Length; i = text.IndexOf('U', i + 1))
        {
            if (text[i + 1] != 'N') continue;
            if (text[i + 2] == 'A' && TryUna(text, i, out var delimiters, out int unb))
            {
                if (SkippedText(text, i)) notes.Add(Skipped(text, i, "UNA"));
                return new Found(i, unb, RepairTypographicTerminator(text, i, unb, delimiters, notes));
            }
            if (text[i + 2] == 'B' && i + 3 < text.Length && text[i + 3] == Delimiters.Default.Element)
            {
                if (SkippedText(text, i)) notes.Add(Skipped(text, i, "UNB"));
                return new Found(-1, i, Delimiters.Default);
            }
        }
        throw new EdifactSyntaxException(
            "no EDIFACT interchange found: the input has neither a UNA service string advice nor a UNB header with default separators",
            Position(text, 0), SyntaxCodes.Missing, "UNB");
    }

    private static bool TryUna(string text, int at, out Delimiters delimiters, out int unb)
    {
        delimiters = Delimiters.Default;
        unb = -1;
        if (at + 9 > text.Length) return false;
        char component = text[at + 3], element = text[at + 4], decimalMark = text[at + 5], release = text[at + 6],
             repetition = text[at + 7], segment = text[at + 8];
        Span<char> service = [component, element, release, segment];
        for (int a = 0; a < service.Length; a++)
        {
            if (char.IsLetterOrDigit(service[a]) || service[a] is '\r' or '\n') return false;
            for (int b = a + 1; b < service.Length; b++) if (service[a] == service[b]) return false;
        }
        // UNB must follow, after optional white space, for this to be the advice rather than text that happens to read "UNA".
        int next = at + 9;
        while (next < text.Length && text[next] <= ' ') next++;
        if (next + 3 > text.Length || string.CompareOrdinal(text, next, "UNB", 0, 3) != 0) return false;
        char? rep = repetition == ' ' || service.Contains(repetition) ? null : repetition;
        delimiters = new Delimiters(component, element, decimalMark, release, rep, segment);
        unb = next;
        return true;
    }

    /// <summary>
    /// An editor may have turned the UNA's apostrophe into a typographic quote while the segments still end with
    /// <c>'</c>. When the declared terminator never occurs after UNB but <c>'</c> does, the segments are read with <c>'</c>.
    /// </summary>
    private static Delimiters RepairTypographicTerminator(string text, int una, int unb, Delimiters d, List<ReadNote> notes)
    {
        if (d.Segment is not ('\u2019' or '\u2018' or '\u00B4' or '`')) return d;
        if (text.IndexOf(d.Segment, unb) >= 0 || text.IndexOf('\'', unb) < 0) return d;
        notes.Add(new ReadNote("EDI-UNA-TERMINATOR",
            $"UNA declares U+{(int)d.Segment:X4} as segment terminator but the segments end with ' (a typographic substitution); read with '",
            Position(text, una + 8), "UNA", SyntaxCodes.InvalidServiceCharacter));
        return d with { Segment = '\'' };
    }

    private static bool SkippedText(string text, int upTo)
    {
        for (int i = 0; i < upTo; i++) if (!char.IsWhiteSpace(text[i])) return true;
        return false;
    }

    private static ReadNote Skipped(string text, int at, string what) =>
        new("EDI-LEADING-TEXT", $"{at} characters before {what} were skipped (a Type-B or e-mail header)", Position(text, at));

    internal static SourcePosition Position(string text, int offset)
    {
        int line = 1, lineStart = 0;
        for (int i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n') { line++; lineStart = i + 1; }
        }
        return new SourcePosition(line, offset - lineStart + 1, offset);
    }
}
