using Gateway.Screening.Text;

namespace Gateway.Screening.Index;

public sealed partial class ScreeningIndex
{
    private const int MinSplitLength = 6;

    /// <summary>
    /// A second reading of the traveller's name when its parts are run together, split or reversed against the list's
    /// vocabulary, or null (the usual case, which costs one dictionary probe per part): a part no list name carries that
    /// splits into two parts that list names do carry (JohnSmith, Alhassan, Abdelrahman → abdel rahman); two neighbouring
    /// parts whose concatenation is a listed part (Abdel Rahman → abdelrahman); a part whose letters reversed are a
    /// listed part (a right-to-left name stored in visual order). Both readings are screened; the better hit counts.
    /// </summary>
    /// <param name="listed">Parts known to be listed already (bit i for part i), which need no probe.</param>
    private NormalizedName? Rewrite(NormalizedName name, ulong listed)
    {
        var tokens = name.Tokens;
        if (tokens.Length is 0 or > NameRecord.MaxParts) return null;
        List<NameToken>? rewritten = null;
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            var p = t.Primary;
            if (p.Length > 32) { rewritten?.Add(t); continue; }
            // Two neighbouring parts written apart that the list writes as one.
            if (i + 1 < tokens.Length && p.Length + tokens[i + 1].Primary.Length is >= 6 and <= 64 && !t.Initial && !tokens[i + 1].Initial)
            {
                var next = tokens[i + 1].Primary;
                p.AsSpan().CopyTo(buffer);
                next.AsSpan().CopyTo(buffer[p.Length..]);
                if (Listed(buffer[..(p.Length + next.Length)]))
                {
                    rewritten ??= [.. tokens[..i]];
                    rewritten.Add(Part(string.Concat(p, next)));
                    i++;
                    continue;
                }
            }
            if ((i < 64 && (listed & (1UL << i)) != 0) || Listed(p)) { rewritten?.Add(t); continue; }
            if (p.Length >= 3)
            {
                for (var k = 0; k < p.Length; k++) buffer[k] = p[p.Length - 1 - k];
                if (Listed(buffer[..p.Length]))
                {
                    rewritten ??= [.. tokens[..i]];
                    rewritten.Add(Part(new string(buffer[..p.Length])));
                    continue;
                }
            }
            if (p.Length >= MinSplitLength && Split(p, 0) is var at and > 0)
            {
                rewritten ??= [.. tokens[..i]];
                rewritten.Add(Part(p[..at]));
                // Three parts run together: the rest splits once more.
                var rest = p[at..];
                if (!Listed(rest) && Split(rest, 1) is var at2 and > 0)
                {
                    rewritten.Add(Part(rest[..at2]));
                    rest = rest[at2..];
                }
                rewritten.Add(Part(rest));
                continue;
            }
            rewritten?.Add(t);
        }
        if (rewritten is null) return null;
        return new NormalizedName([.. rewritten], 0);
    }

    // Where a part splits into a listed part and a listed rest (or, at depth 0, a rest that splits again), the longer
    // shorter half winning; 0 when it does not.
    private int Split(ReadOnlySpan<char> p, int depth)
    {
        var best = 0;
        var bestShort = 0;
        for (var at = 2; at <= p.Length - 2; at++)
        {
            var shorter = Math.Min(at, p.Length - at);
            // Two-letter pieces split almost anything; only the article is a two-letter part run into a name (Alhassan).
            if (p.Length - at < 3 || (at == 2 && !IsArticle(p[..2]))) continue;
            if (shorter <= bestShort || !Listed(p[..at])) continue;
            if (!Listed(p[at..]) && (depth > 0 || p.Length - at < 4 || Split(p[at..], 1) == 0)) continue;
            best = at;
            bestShort = shorter;
        }
        return best;
    }

    private static bool IsArticle(ReadOnlySpan<char> part) => part is "al" or "el" or "ul";

    private bool Listed(ReadOnlySpan<char> part) => _dfLookup.ContainsKey(part);

    private NameToken Part(string text)
    {
        var t = new NameToken([text], NameNormalizer.IsParticle(text), false);
        Prepare(t);
        return t;
    }
}
