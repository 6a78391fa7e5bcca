namespace Gateway.Screening.Scoring;

/// Allocation-free string measures on spans (stack buffers; names are short, longer input is clipped at 64).
[System.Runtime.CompilerServices.SkipLocalsInit]
internal static class StringDistance
{
    private const int Max = 64;

    /// Optimal-string-alignment distance (Levenshtein plus adjacent transposition), giving up above <paramref name="bound"/>
    /// and returning bound + 1 then.
    public static int Osa(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int bound)
    {
        if (a.Length > Max) a = a[..Max];
        if (b.Length > Max) b = b[..Max];
        if (Math.Abs(a.Length - b.Length) > bound) return bound + 1;
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        // One buffer, not zeroed (SkipLocalsInit): every cell read is written first.
        Span<int> rows = stackalloc int[3 * (b.Length + 1)];
        var prev2 = rows[..(b.Length + 1)];
        var prev = rows.Slice(b.Length + 1, b.Length + 1);
        var cur = rows.Slice(2 * (b.Length + 1), b.Length + 1);
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = v;
                if (v < rowMin) rowMin = v;
            }
            if (rowMin > bound) return bound + 1;
            var t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.Min(prev[b.Length], bound + 1);
    }

    /// Jaro-Winkler (boost threshold 0.7, prefix up to 4, p = 0.1).
    public static double JaroWinkler(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length > Max) a = a[..Max];
        if (b.Length > Max) b = b[..Max];
        if (a.Length == 0 || b.Length == 0) return 0;
        var window = Math.Max(0, Math.Max(a.Length, b.Length) / 2 - 1);
        Span<bool> ma = stackalloc bool[a.Length];
        Span<bool> mb = stackalloc bool[b.Length];
        ma.Clear();
        mb.Clear();
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var lo = Math.Max(0, i - window);
            var hi = Math.Min(b.Length - 1, i + window);
            for (var j = lo; j <= hi; j++)
            {
                if (mb[j] || a[i] != b[j]) continue;
                ma[i] = mb[j] = true;
                matches++;
                break;
            }
        }
        if (matches == 0) return 0;
        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!ma[i]) continue;
            while (!mb[k]) k++;
            if (a[i] != b[k]) transpositions++;
            k++;
        }
        double m = matches;
        var jaro = (m / a.Length + m / b.Length + (m - transpositions / 2.0) / m) / 3.0;
        if (jaro < 0.7) return jaro;
        var prefix = 0;
        while (prefix < 4 && prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
