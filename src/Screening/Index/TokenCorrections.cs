using Gateway.Screening.Scoring;
using Gateway.Screening.Text;

namespace Gateway.Screening.Index;

/// <summary>
/// The list's own spellings of a misspelt part, one edit away (SymSpell over the distinct parts, not over names).
/// At a million names every part is common, so the only keys a name with each part misspelt shares with its list name
/// are one-edit deletes of common parts, which are skipped as noise, and the listed person is never a candidate.
/// Correcting each part against the vocabulary and looking up the pair of corrections finds the listed name by its
/// specific pair key instead (what it changes, and what it does not: docs/BENCHMARKS.md, "Listed people with spelling
/// drift").
/// </summary>
internal sealed class TokenCorrections
{
    /// <summary>Shorter parts have too many one-edit neighbours (Lee, Lie, Le) to correct usefully.</summary>
    public const int MinLength = 4;

    /// <summary>Most corrections kept per part: a part with more neighbours than this is common and weak evidence.</summary>
    public const int MaxPerPart = 6;

    private const ulong Seed = 0x85EBCA77C2B2AE63UL;

    // An open-addressing table from delete key to its run in _parts (the parts it came from); a lookup is one probe.
    private readonly ulong[] _slotKeys;
    private readonly int[] _slotStart;
    private readonly int[] _slotCount;
    private readonly int _mask;
    private readonly int[] _parts;
    private readonly string[] _spellings;

    public TokenCorrections(IReadOnlyList<NameToken> vocabulary)
    {
        var pairs = new List<(ulong Key, int Part)>();
        var spellings = new List<string>();
        foreach (var token in vocabulary)
        {
            var p = token.Primary;
            if (token.Particle || p.Length < MinLength || p.Length > 24) continue;
            var id = spellings.Count;
            spellings.Add(p);
            pairs.Add((KeyHash.Hash(Seed, p), id));
            for (var k = 0; k < p.Length; k++) pairs.Add((KeyHash.Hash(Seed, p, k), id));
        }
        pairs.Sort();
        _parts = new int[pairs.Count];
        var distinct = 0;
        for (var i = 0; i < pairs.Count; i++)
        {
            _parts[i] = pairs[i].Part;
            if (i == 0 || pairs[i].Key != pairs[i - 1].Key) distinct++;
        }
        var size = 16;
        while (size < distinct * 2) size <<= 1;
        _slotKeys = new ulong[size];
        _slotStart = new int[size];
        _slotCount = new int[size];
        _mask = size - 1;
        for (var i = 0; i < pairs.Count;)
        {
            var key = NonZero(pairs[i].Key);
            var end = i;
            while (end < pairs.Count && pairs[end].Key == pairs[i].Key) end++;
            var slot = (int)key & _mask;
            while (_slotKeys[slot] != 0) slot = (slot + 1) & _mask;
            (_slotKeys[slot], _slotStart[slot], _slotCount[slot]) = (key, i, end - i);
            i = end;
        }
        _spellings = [.. spellings];
    }

    private static ulong NonZero(ulong key) => key == 0 ? 1 : key;

    private ReadOnlySpan<int> Parts(ulong key)
    {
        key = NonZero(key);
        for (var slot = (int)key & _mask; _slotKeys[slot] != 0; slot = (slot + 1) & _mask)
        {
            if (_slotKeys[slot] == key) return _parts.AsSpan(_slotStart[slot], _slotCount[slot]);
        }
        return [];
    }

    /// <summary>
    /// Writes the list's spellings at most one edit (insertion, deletion, substitution or swap) from
    /// <paramref name="part"/>, other than the part itself, into <paramref name="into"/>; returns how many.
    /// </summary>
    public int Of(string part, Span<string?> into)
    {
        if (part.Length < MinLength || part.Length > 24) return 0;
        var n = 0;
        for (var k = -1; k < part.Length; k++)
        {
            foreach (var id in Parts(KeyHash.Hash(Seed, part, k)))
            {
                var spelling = _spellings[id];
                if (spelling == part || into[..n].Contains(spelling) || StringDistance.Osa(part, spelling, 1) > 1) continue;
                // Too many neighbours: the part is a common spelling's variant (Maria/Marie/Mario), not evidence.
                if (n == into.Length) return 0;
                into[n++] = spelling;
            }
        }
        return n;
    }
}
