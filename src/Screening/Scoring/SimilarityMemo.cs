using Gateway.Screening.Text;

namespace Gateway.Screening.Scoring;

/// Part similarities already computed for one traveller. Candidates found through a shared key share list parts
/// (interned at index build), so each (traveller part, list part) pair is compared once per traveller, not once per
/// candidate. A small open-addressing table, cleared per traveller; list parts that are not interned are not remembered.
internal sealed class SimilarityMemo
{
    private const int Size = 1 << 10;
    private const int Mask = Size - 1;
    private readonly long[] _keys = new long[Size];
    private readonly double[] _values = new double[Size];
    private readonly byte[] _kinds = new byte[Size];
    private readonly int[] _used = new int[Size / 2];
    private int _count;

    public double Of(int queryPart, NameToken q, NameToken l, out MatchKind how)
    {
        if (l.Id == 0 || _count == _used.Length) return TokenSimilarity.Of(q, l, out how);
        var key = ((long)l.Id << 8) | (uint)(queryPart + 1);
        var slot = (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15UL)) >> 54) & Mask;
        while (true)
        {
            var at = _keys[slot];
            if (at == key)
            {
                how = (MatchKind)_kinds[slot];
                return _values[slot];
            }
            if (at == 0) break;
            slot = (slot + 1) & Mask;
        }
        var s = TokenSimilarity.Of(q, l, out how);
        _keys[slot] = key;
        _values[slot] = s;
        _kinds[slot] = (byte)how;
        _used[_count++] = slot;
        return s;
    }

    public void Clear()
    {
        for (var i = 0; i < _count; i++) _keys[_used[i]] = 0;
        _count = 0;
    }
}
