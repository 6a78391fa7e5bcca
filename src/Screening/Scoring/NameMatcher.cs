using Gateway.Screening.Text;

namespace Gateway.Screening.Scoring;

/// Order-free one-to-one alignment of name parts (best pairs first), scored as a weighted mean in which parts left
/// unmatched count against the match: a traveller part the list lacks weighs 0.8, a list part the traveller lacks 0.2
/// (logic-v2). Family names weigh more, particles and initials less, common parts less than rare ones.
/// No allocation unless an explanation is asked for.
public sealed class NameMatcher(ScreeningOptions options, NicknameTable nicknames)
{
    private const int MaxParts = 12;
    private const double MinPair = TokenSimilarity.PairingFloor;

    public ScreeningOptions Options => options;

    public NicknameTable Nicknames => nicknames;

    public double Score(NormalizedName query, NormalizedName list) => Align(query.Tokens, list.Tokens, list.SurnameMask, null, null);

    /// As <see cref="Score(NormalizedName, NormalizedName)"/> on a list name's parts as the index packs them, remembering
    /// part similarities across one traveller's candidates.
    internal double Score(NormalizedName query, ReadOnlySpan<NameToken> list, ulong surnameMask, SimilarityMemo memo) =>
        Align(query.Tokens, list, surnameMask, null, memo);

    public double Explain(NormalizedName query, NormalizedName list, List<AlignedPart> aligned, List<string> unmatchedQuery, List<string> unmatchedList)
    {
        var score = Align(query.Tokens, list.Tokens, list.SurnameMask, aligned, null);
        var qt = query.Tokens;
        var lt = list.Tokens;
        Span<bool> qUsed = stackalloc bool[Math.Min(qt.Length, MaxParts)];
        Span<bool> lUsed = stackalloc bool[Math.Min(lt.Length, MaxParts)];
        foreach (var a in aligned)
        {
            for (var i = 0; i < qUsed.Length; i++) if (!qUsed[i] && qt[i].Primary == a.Query) { qUsed[i] = true; break; }
            for (var j = 0; j < lUsed.Length; j++) if (!lUsed[j] && lt[j].Primary == a.List) { lUsed[j] = true; break; }
        }
        for (var i = 0; i < qUsed.Length; i++) if (!qUsed[i]) unmatchedQuery.Add(qt[i].Primary);
        for (var j = 0; j < lUsed.Length; j++) if (!lUsed[j]) unmatchedList.Add(lt[j].Primary);
        return score;
    }

    private double Weight(NameToken t)
    {
        var w = t.Particle ? options.ParticleWeight : t.Initial ? options.InitialWeight : 1.0;
        return w * (options.CommonPartWeight + (1 - options.CommonPartWeight) * t.Rarity);
    }

    /// A part written twice (Ali Ali Hassan) counts once: the repeat of an aligned part is neither evidence nor a contradiction.
    private static bool Repeats(ReadOnlySpan<NameToken> parts, ReadOnlySpan<bool> used, int k)
    {
        for (var i = 0; i < used.Length; i++)
        {
            if (i != k && used[i] && (ReferenceEquals(parts[i], parts[k]) || parts[i].Primary == parts[k].Primary)) return true;
        }
        return false;
    }

    private static bool IsSurname(ulong mask, int j) => j < 64 && (mask & (1UL << j)) != 0;

    private double Align(ReadOnlySpan<NameToken> qt, ReadOnlySpan<NameToken> lt, ulong surnameMask, List<AlignedPart>? explain, SimilarityMemo? memo)
    {
        var n = Math.Min(qt.Length, MaxParts);
        var m = Math.Min(lt.Length, MaxParts);
        if (n == 0 || m == 0) return 0;
        Span<double> sim = stackalloc double[n * m];
        Span<byte> kind = stackalloc byte[n * m];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                sim[i * m + j] = memo is null ? TokenSimilarity.Of(qt[i], lt[j], out var how) : memo.Of(i, qt[i], lt[j], out how);
                kind[i * m + j] = (byte)how;
            }
        }
        Span<bool> qUsed = stackalloc bool[n];
        Span<bool> lUsed = stackalloc bool[m];
        double num = 0, den = 0;
        var pairs = Math.Min(n, m);
        for (var p = 0; p < pairs; p++)
        {
            var bi = -1;
            var bj = -1;
            var bs = MinPair;
            for (var i = 0; i < n; i++)
            {
                if (qUsed[i]) continue;
                for (var j = 0; j < m; j++)
                {
                    if (lUsed[j]) continue;
                    var s = sim[i * m + j];
                    // Ties go to the family name so that a surname is not spent on a given name.
                    if (s > bs || (s == bs && bi >= 0 && IsSurname(surnameMask, j) && !IsSurname(surnameMask, bj))) { bs = s; bi = i; bj = j; }
                }
            }
            if (bi < 0) break;
            qUsed[bi] = true;
            lUsed[bj] = true;
            var family = IsSurname(surnameMask, bj);
            var how = (MatchKind)kind[bi * m + bj];
            var w = how == MatchKind.Initial ? options.InitialWeight : Math.Max(Weight(qt[bi]), Weight(lt[bj]));
            if (qt[bi].Particle && lt[bj].Particle) w = options.ParticleWeight;
            if (family) w *= options.FamilyNameWeight;
            num += w * bs;
            den += w;
            explain?.Add(new AlignedPart(qt[bi].Primary, lt[bj].Primary, Math.Round(bs, 3), how, Math.Round(w, 3), family));
        }
        int firstUsed = -1, lastUsed = -1;
        for (var i = 0; i < n; i++)
        {
            if (!qUsed[i]) continue;
            if (firstUsed < 0) firstUsed = i;
            lastUsed = i;
        }
        // The discount for an omitted middle name holds only when the list name is wholly accounted for: otherwise the
        // names differ on both sides (Fernando David Gonzalez against Fernando Torres Gonzalez).
        var listCovered = true;
        for (var j = 0; j < m; j++) listCovered &= lUsed[j] || lt[j].Particle;
        for (var i = 0; i < n; i++)
        {
            if (qUsed[i] || Repeats(qt, qUsed, i)) continue;
            // A middle name or patronymic the list does not carry is an omission, not a contradiction.
            var middle = listCovered && ((i > firstUsed && i < lastUsed) || Patronymic.Is(qt[i].Primary));
            den += (middle ? options.UnmatchedMiddleWeight : options.UnmatchedQueryWeight) * Weight(qt[i]);
        }
        for (var j = 0; j < m; j++)
        {
            if (!lUsed[j] && !Repeats(lt, lUsed, j)) den += options.UnmatchedListWeight * Weight(lt[j]) * (IsSurname(surnameMask, j) ? options.FamilyNameWeight : 1);
        }
        return den <= 0 ? 0 : num / den;
    }
}
