using System.Numerics;
using Gateway.Screening.Text;

namespace Gateway.Screening.Scoring;

/// Similarity of two name parts in [0,1], shaped so that one typo in a long part stays ≥ 0.95, two typos in a short
/// part fall well below the alert bar, and sound-alike parts never score as if they were equal.
internal static class TokenSimilarity
{
    public static double Of(NameToken q, NameToken l, out MatchKind how)
    {
        how = MatchKind.None;
        if (ReferenceEquals(q, l)) { how = MatchKind.Exact; return 1; }
        if (q.Primary == l.Primary) { how = MatchKind.Exact; return 1; }
        if (q.ExactOnly || l.ExactOnly) return ExactForms(q, l, out how);
        var best = 0.0;
        var qf = q.Forms;
        var lf = l.Forms;
        var qs = q.LetterSets;
        var ls = l.LetterSets;
        for (var i = 0; i < qf.Length; i++)
        {
            for (var j = 0; j < lf.Length; j++)
            {
                var s = Forms(qf[i], lf[j], qs[i], ls[j]);
                if (s <= best) continue;
                best = s;
                how = MatchKind.Spelling;
                if (s >= 1) { how = MatchKind.Transliteration; return 1; }
            }
        }
        if (best < 0.95 && q.Consonantal != l.Consonantal && !q.Particle && !l.Particle)
        {
            var c = ConsonantSimilarity(q, l);
            if (c > best) { best = c; how = MatchKind.Consonants; }
        }
        if (q.Initial != l.Initial && (q.Initial || l.Initial) && q.Primary[0] == l.Primary[0])
        {
            how = MatchKind.Initial;
            return 0.9;
        }
        if (best < 0.8 && NicknameTable.Related(q.NicknameGroups, l.NicknameGroups))
        {
            how = MatchKind.Nickname;
            return 0.8;
        }
        // Same consonant skeleton and first letter (hussein/husayn) or a romanised part that sounds alike (kawit/kuyt):
        // evidence, but kept below the review bar on its own.
        if (best < 0.82 && q.Skeleton.Length >= 2 && q.Skeleton == l.Skeleton
            && (q.Primary[0] == l.Primary[0] || q.FromScript || l.FromScript))
        {
            how = MatchKind.Sound;
            return 0.82;
        }
        return best;
    }

    /// A part written in Arabic script against a Latin one: the same consonants in the same order (vowels unwritten)
    /// score 0.95 (0.9 for two consonants), one consonant apart in four or more 0.88.
    private static double ConsonantSimilarity(NameToken q, NameToken l)
    {
        Span<char> a = stackalloc char[24];
        Span<char> b = stackalloc char[24];
        var best = 0.0;
        foreach (var qf in q.Forms)
        {
            var na = Consonants.Write(qf, a);
            if (na < 2) continue;
            foreach (var lf in l.Forms)
            {
                var nb = Consonants.Write(lf, b);
                if (nb < 2) continue;
                if (a[..na].SequenceEqual(b[..nb])) return na >= 3 ? 0.95 : 0.9;
                if (Math.Min(na, nb) >= 4 && StringDistance.Osa(a[..na], b[..nb], 1) <= 1) best = 0.88;
            }
        }
        return best;
    }

    private static double ExactForms(NameToken q, NameToken l, out MatchKind how)
    {
        foreach (var a in q.Forms)
        {
            foreach (var b in l.Forms)
            {
                if (a != b) continue;
                how = MatchKind.Transliteration;
                return 1;
            }
        }
        how = MatchKind.None;
        return 0;
    }

    public static double Forms(string a, string b) => Forms(a, b, NameToken.LetterSet(a), NameToken.LetterSet(b));

    /// Below this a pair of parts is never aligned (the matcher's pairing floor), so its exact value does not matter.
    public const double PairingFloor = 0.55;

    // A pair more than budget edits apart scores at most 0.85·(1 − d/len): under the pairing floor once d/len exceeds this.
    private const double FarShare = 1 - PairingFloor / 0.85;

    /// <paramref name="setA"/> and <paramref name="setB"/> are the forms' letter sets (<see cref="NameToken.LetterSets"/>).
    public static double Forms(string a, string b, uint setA, uint setB)
    {
        if (a == b) return 1;
        var len = Math.Max(a.Length, b.Length);
        var budget = len <= 2 ? 0 : len <= 5 ? 1 : len <= 9 ? 2 : 3;
        // Beyond the edit budget a pair only matters while it can still reach the pairing floor (d ≤ 0.35·len, and at
        // most two edits past the budget): the bounded distance gives up past that, and Jaro-Winkler only tempers
        // pairs that are close in edits.
        var bound = Math.Min(budget + 2, Math.Max(budget, (int)(FarShare * len)));
        // Most pairs of a traveller's and a candidate's parts are unrelated (a given name against a surname): the
        // letter-set bound proves that without the alignment.
        var d = (BitOperations.PopCount(setA ^ setB) + 1) / 2 > bound ? bound + 1 : StringDistance.Osa(a, b, bound);
        if (d <= budget)
        {
            // In a short part a different first letter is a different name more often than a typo (jong/yong, kim/lim).
            if (len <= 4 && a[0] != b[0] && !(a.Length > 1 && b.Length > 1 && a[0] == b[1] && a[1] == b[0])) return 0.75;
            return 1 - d * 0.3 / len;
        }
        var byEdits = 1 - (double)d / len;
        // Past the bound this is an upper bound of the similarity, already under the pairing floor.
        if (d > bound) return Math.Max(0, byEdits) * 0.85;
        return Math.Min(StringDistance.JaroWinkler(a, b), byEdits) * 0.85;
    }
}
