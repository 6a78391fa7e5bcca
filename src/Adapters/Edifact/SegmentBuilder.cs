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

        var elements = new List<DataElement>();
        var occurrences = new List<ValueList<string>>();
        var components = new List<string>();
        bool open = false;
        int i = 1;
        while (i < tokens.Length && tokens[i].Kind == SegmentScanner.ComponentToken) i++; // tag qualifiers (syntax 4 nesting) are not data
        for (; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind == SegmentScanner.ElementToken)
            {
                if (open) elements.Add(Close(occurrences, components));
                open = true;
            }
            else if (token.Kind == SegmentScanner.RepetitionToken)
            {
                occurrences.Add(DataElement.Trim([.. components]));
                components.Clear();
            }
            components.Add(scanner.GetValue(token));
        }
        if (open) elements.Add(Close(occurrences, components));

        int n = elements.Count;
        while (n > 0 && elements[n - 1].IsEmpty) n--;
        var list = n == 0 ? ValueList<DataElement>.Empty : ValueList<DataElement>.Own(elements.GetRange(0, n).ToArray());
        return new Segment(tag, list) { Position = scanner.SegmentPosition, Number = number };
    }

    private static DataElement Close(List<ValueList<string>> occurrences, List<string> components)
    {
        var last = DataElement.Trim([.. components]);
        components.Clear();
        if (occurrences.Count == 0) return last.Count == 0 ? DataElement.Empty : new DataElement(last, ValueList<ValueList<string>>.Empty);
        var first = occurrences[0];
        var more = new ValueList<string>[occurrences.Count];
        for (int k = 1; k < occurrences.Count; k++) more[k - 1] = occurrences[k];
        more[^1] = last;
        occurrences.Clear();
        return new DataElement(first, ValueList<ValueList<string>>.Own(more));
    }

    private static bool IsTag(string tag)
    {
        foreach (char c in tag) if (c is not (>= 'A' and <= 'Z') and not (>= '0' and <= '9')) return false;
        return true;
    }

    private static string Shorten(string s) => s.Length <= 20 ? s : s[..20] + "…";
}
