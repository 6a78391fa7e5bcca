namespace Gateway.Adapters.Edifact;

/// <summary>Materialises the scanner's current tokens as a <see cref="Segment"/>.</summary>
internal static class SegmentBuilder
{
    internal static Segment Build(SegmentScanner scanner, int number)
    {
        var tokens = scanner.Tokens;
        string tag = scanner.GetValue(tokens[0]).Trim(' ');
        if (tag.Length != 3 || !IsTag(tag))
        {
            throw new EdifactSyntaxException($"'{Shorten(tag)}' is not a segment tag (three letters or digits expected)",
                scanner.SegmentPosition, SyntaxCodes.InvalidValue, null, number);
        }

        int first = 1;
        while (first < tokens.Length && tokens[first].Kind == SegmentScanner.ComponentToken) first++; // tag qualifiers (syntax 4 nesting) are not data

        // Elements start at element tokens; trailing empty elements are dropped.
        int count = 0, lastNonEmpty = -1;
        for (int i = first; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == SegmentScanner.ElementToken) count++;
            if (tokens[i].End > tokens[i].Start) lastNonEmpty = count - 1;
        }
        if (lastNonEmpty < 0) return new Segment(tag, ValueList<DataElement>.Empty) { Position = scanner.SegmentPosition, Number = number };

        var elements = new DataElement[lastNonEmpty + 1];
        int element = 0, start = first;
        for (int i = first + 1; i <= tokens.Length && element <= lastNonEmpty; i++)
        {
            if (i < tokens.Length && tokens[i].Kind != SegmentScanner.ElementToken) continue;
            elements[element++] = Element(scanner, tokens[start..i]);
            start = i;
        }
        // A token that held only a line break is empty once unescaped: trim again on the values.
        int n = elements.Length;
        while (n > 0 && elements[n - 1].IsEmpty) n--;
        var list = n == 0 ? ValueList<DataElement>.Empty : ValueList<DataElement>.Own(n == elements.Length ? elements : elements[..n]);
        return new Segment(tag, list) { Position = scanner.SegmentPosition, Number = number };
    }

    /// <summary>One element from its tokens: components, and repetitions after repetition separators.</summary>
    private static DataElement Element(SegmentScanner scanner, ReadOnlySpan<SegmentScanner.Token> tokens)
    {
        int repetitions = 0;
        foreach (var t in tokens) if (t.Kind == SegmentScanner.RepetitionToken) repetitions++;
        if (repetitions == 0)
        {
            var components = Components(scanner, tokens);
            return components.Count == 0 ? DataElement.Empty : new DataElement(components, ValueList<ValueList<string>>.Empty);
        }
        var occurrences = new List<ValueList<string>>(repetitions + 1);
        int from = 0;
        for (int i = 1; i <= tokens.Length; i++)
        {
            if (i < tokens.Length && tokens[i].Kind != SegmentScanner.RepetitionToken) continue;
            occurrences.Add(Components(scanner, tokens[from..i]));
            from = i;
        }
        return new DataElement(occurrences[0], ValueList<ValueList<string>>.Own([.. occurrences.Skip(1)]));
    }

    private static ValueList<string> Components(SegmentScanner scanner, ReadOnlySpan<SegmentScanner.Token> tokens)
    {
        int n = tokens.Length;
        while (n > 0 && tokens[n - 1].End == tokens[n - 1].Start) n--;
        if (n == 0) return ValueList<string>.Empty;
        var values = new string[n];
        for (int i = 0; i < n; i++) values[i] = scanner.GetValue(tokens[i]);
        while (n > 0 && values[n - 1].Length == 0) n--; // a line break alone unescapes to nothing
        return n == 0 ? ValueList<string>.Empty : ValueList<string>.Own(n == values.Length ? values : values[..n]);
    }

    private static bool IsTag(string tag)
    {
        foreach (char c in tag) if (c is not (>= 'A' and <= 'Z') and not (>= '0' and <= '9')) return false;
        return true;
    }

    private static string Shorten(string s) => s.Length <= 20 ? s : s[..20] + "…";
}
