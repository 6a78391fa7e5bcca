using System.Runtime.CompilerServices;

namespace Gateway.Screening.Index;

/// Key evidence per candidate name while one traveller is screened: a small open-addressing map from name id to score.
/// A traveller touches a few hundred names; a dense array as wide as the name table (5.7 MB at a million entries)
/// made each of those a random cache miss, while this table (a few KB) stays in L1/L2. Reused per thread; cleared
/// through the list of used slots.
internal sealed class CandidateAccumulator
{
    private int[] _ids = new int[1 << 11];
    private float[] _scores = new float[1 << 11];
    private bool[] _passes = new bool[1 << 11];
    private int[] _used = new int[1 << 10];
    private int _count;
    private int _mask = (1 << 11) - 1;

    public int Count => _count;

    public int IdAt(int i) => _ids[_used[i]] - 1;

    public float ScoreAt(int i) => _scores[_used[i]];

    /// Whether the i-th name passed the birth-year gate (all postings of a name carry the same window).
    public bool PassesAt(int i) => _passes[_used[i]];

    /// Adds key evidence for a name; <paramref name="passes"/> says whether it passed the birth-year gate. Names that
    /// fail it still count toward the best key score, so the floor is the same as if the gate came after it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int id, float weight, bool passes)
    {
        var stored = id + 1;
        var slot = (int)(((uint)stored * 0x9E3779B1u) >> 7) & _mask;
        while (true)
        {
            var at = _ids[slot];
            if (at == stored) { _scores[slot] += weight; return; }
            if (at == 0) break;
            slot = (slot + 1) & _mask;
        }
        _ids[slot] = stored;
        _scores[slot] = weight;
        _passes[slot] = passes;
        _used[_count++] = slot;
        // Kept at most half full so probes stay short.
        if (_count * 2 > _mask || _count == _used.Length) Grow();
    }

    public void Clear()
    {
        for (var i = 0; i < _count; i++) _ids[_used[i]] = 0;
        _count = 0;
    }

    private void Grow()
    {
        var ids = _ids;
        var scores = _scores;
        var passes = _passes;
        var used = _used;
        var count = _count;
        var size = _count * 2 > _mask ? ids.Length * 2 : ids.Length;
        _ids = new int[size];
        _scores = new float[size];
        _passes = new bool[size];
        _used = new int[Math.Max(used.Length, size / 2)];
        _mask = size - 1;
        _count = 0;
        for (var i = 0; i < count; i++)
        {
            var stored = ids[used[i]];
            var slot = (int)(((uint)stored * 0x9E3779B1u) >> 7) & _mask;
            while (_ids[slot] != 0) slot = (slot + 1) & _mask;
            _ids[slot] = stored;
            _scores[slot] = scores[used[i]];
            _passes[slot] = passes[used[i]];
            _used[_count++] = slot;
        }
    }
}
