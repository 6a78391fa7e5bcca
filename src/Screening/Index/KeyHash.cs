using Gateway.Screening.Text;

namespace Gateway.Screening.Index;

/// 64-bit blocking keys. Each kind has its own seed so a token, a pair and a delete never collide by construction.
internal static class KeyHash
{
    public const int MaxKeys = 1024;
    private const ulong Prime = 1099511628211UL;
    public const ulong TokenSeed = 14695981039346656037UL;
    public const ulong PairSeed = 0x9E3779B97F4A7C15UL;
    public const ulong SkeletonSeed = 0xC2B2AE3D27D4EB4FUL;
    public const ulong DeleteSeed = 0x165667B19E3779F9UL;
    public const ulong SoloSkeletonSeed = 0x27D4EB2F165667C5UL;

    public static ulong Hash(ulong seed, ReadOnlySpan<char> s, int skip = -1)
    {
        var h = seed;
        for (var i = 0; i < s.Length; i++)
        {
            if (i == skip) continue;
            h = (h ^ s[i]) * Prime;
        }
        return Mix(h ^ (ulong)(s.Length - (skip >= 0 ? 1 : 0)));
    }

    public static ulong Pair(ulong seed, ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var ha = Hash(seed, a);
        var hb = Hash(seed, b);
        return Mix(Math.Min(ha, hb) * 31 + Math.Max(ha, hb) + seed);
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return x;
    }

    public enum Kind : byte
    {
        Token,
        Delete,
        Pair,
        SkeletonPair,
        SoloSkeleton,
        /// A pair of the list's spellings of misspelt query parts (query side only; see TokenCorrections).
        CorrectedPair,
    }

    /// Writes the blocking keys of a name: every spelling of each part, one-edit deletes of parts of five letters or
    /// more, unordered pairs of the six longest parts, and pairs of their consonant skeletons. Particles and initials
    /// make no keys (15% of names carry "al").
    public static int Keys(NormalizedName name, Span<ulong> keys, Span<Kind> kinds, NicknameTable? relatives = null, bool dedupe = true, bool query = false, ulong skipDeletes = 0)
    {
        var n = 0;
        var parts = 0;
        foreach (var t in name.Tokens) if (!t.Particle && t.Primary.Length >= 2) parts++;
        Span<int> chosen = stackalloc int[6];
        var c = 0;
        var tokens = name.Tokens;
        for (var i = 0; i < tokens.Length && i < 12; i++)
        {
            var t = tokens[i];
            if (t.Particle || t.Primary.Length < 2) continue;
            foreach (var f in t.Forms) Add(Hash(TokenSeed, f), Kind.Token, keys, kinds, ref n, dedupe);
            if (relatives is not null)
            {
                foreach (var r in relatives.Relatives(t.Primary)) Add(Hash(TokenSeed, r), Kind.Token, keys, kinds, ref n, dedupe);
            }
            var p = t.Primary;
            // Romanised parts drift more than Latin ones: every spelling gets its deletes.
            var deleteForms = i < 64 && (skipDeletes & (1UL << i)) != 0 ? 0 : t.FromScript ? t.Forms.Length : 1;
            for (var f = 0; f < deleteForms; f++)
            {
                var form = t.Forms[f];
                if (form.Length < 5 || form.Length > 24) continue;
                Add(Hash(DeleteSeed, form), Kind.Delete, keys, kinds, ref n, dedupe);
                for (var k = 0; k < form.Length; k++) Add(Hash(DeleteSeed, form, k), Kind.Delete, keys, kinds, ref n, dedupe);
            }
            // A one-part name has no pairs: its consonant skeleton is its typo- and transliteration-tolerant key.
            // A query offers the skeleton of each part, which only one-part list names carry.
            if ((parts == 1 || query) && t.Skeleton.Length >= 2)
            {
                for (var f = 0; f < (t.FromScript ? t.Forms.Length : 1); f++)
                    Add(Hash(SoloSkeletonSeed, Text.Skeleton.Of(t.Forms[f])), Kind.SoloSkeleton, keys, kinds, ref n, dedupe);
            }
            // Keep the six longest parts for pairs.
            if (c < chosen.Length) chosen[c++] = i;
            else
            {
                var shortest = 0;
                for (var k = 1; k < c; k++) if (tokens[chosen[k]].Primary.Length < tokens[chosen[shortest]].Primary.Length) shortest = k;
                if (tokens[chosen[shortest]].Primary.Length < p.Length) chosen[shortest] = i;
            }
        }
        for (var a = 0; a < c; a++)
        {
            for (var b = a + 1; b < c; b++)
            {
                var ta = tokens[chosen[a]];
                var tb = tokens[chosen[b]];
                Add(Pair(PairSeed, ta.Primary, tb.Primary), Kind.Pair, keys, kinds, ref n, dedupe);
                if (ta.Skeleton.Length > 0 && tb.Skeleton.Length > 0)
                    Add(Pair(SkeletonSeed, ta.Skeleton, tb.Skeleton), Kind.SkeletonPair, keys, kinds, ref n, dedupe);
            }
        }
        return n;
    }

    private static void Add(ulong key, Kind kind, Span<ulong> keys, Span<Kind> kinds, ref int n, bool dedupe)
    {
        if (n >= keys.Length) return;
        // The index builder skips this (its posting table drops a repeated id); a query must not count a key twice.
        if (dedupe) for (var i = 0; i < n; i++) if (keys[i] == key) return;
        keys[n] = key;
        kinds[n] = kind;
        n++;
    }
}
