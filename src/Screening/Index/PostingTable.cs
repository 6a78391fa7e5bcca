namespace Gateway.Screening.Index;

/// An immutable map from 64-bit key to a run of postings, as one open-addressing table over one postings array
/// (compressed-sparse-row). Built in two passes so the postings are allocated once at their exact size.
/// Each posting carries its name's birth-year window beside the name id, so the birth-year gate reads the posting run
/// sequentially instead of one random cache miss per name (at a million entries that miss was most of a traveller's time).
internal sealed class PostingTable
{
    /// A name id and its birth-year window (gate tolerance included; short.MinValue..short.MaxValue when undated).
    /// The sign bit marks a name whose entry has several dates: the window is their union, so a name passing it is
    /// re-checked date by date.
    internal readonly struct Posting(int id, bool recheck, short yearLo, short yearHi)
    {
        private readonly int _packed = recheck ? id | int.MinValue : id;
        public readonly short YearLo = yearLo;
        public readonly short YearHi = yearHi;

        public int Id => _packed & int.MaxValue;

        public bool Recheck => _packed < 0;
    }

    // Key, start and count of a slot share one 16-byte cell, so a lookup costs one cache miss, not three.
    private struct Slot
    {
        public ulong Key;
        public int Start;
        public int Count;
    }

    private readonly Slot[] _slots;
    private readonly Posting[] _postings;
    private readonly int _mask;

    private PostingTable(ulong[] keys, int[] start, int[] count, int[] ids, short[] yearLo, short[] yearHi, bool[] recheck)
    {
        _slots = new Slot[keys.Length];
        for (var i = 0; i < keys.Length; i++) _slots[i] = new Slot { Key = keys[i], Start = start[i], Count = count[i] };
        _postings = new Posting[ids.Length];
        for (var i = 0; i < ids.Length; i++) _postings[i] = new Posting(ids[i], recheck[ids[i]], yearLo[ids[i]], yearHi[ids[i]]);
        _mask = keys.Length - 1;
    }

    public int KeyCount { get; private init; }

    public long PostingCount => _postings.Length;

    public long Bytes => (long)_slots.Length * 16 + (long)_postings.Length * 8;

    public ReadOnlySpan<Posting> Get(ulong key)
    {
        if (key == 0) key = 1;
        var slot = (int)key & _mask;
        while (true)
        {
            ref readonly var cell = ref _slots[slot];
            if (cell.Key == key) return _postings.AsSpan(cell.Start, cell.Count);
            if (cell.Key == 0) return [];
            slot = (slot + 1) & _mask;
        }
    }

    /// Collects (key, id) with ids arriving in ascending order; a repeated (key, id) is counted once.
    internal sealed class Builder
    {
        private ulong[] _keys = new ulong[1 << 16];
        private int[] _count = new int[1 << 16];
        private int[] _last = new int[1 << 16];
        private int[]? _start;
        private int[]? _postings;
        private int _used;

        public bool Filling => _postings is not null;

        public void Add(ulong key, int id)
        {
            if (key == 0) key = 1;
            var slot = Find(key);
            if (_keys[slot] == 0)
            {
                if (Filling) throw new InvalidOperationException("a key appeared in the fill pass that the count pass did not see");
                _keys[slot] = key;
                _last[slot] = -1;
                _used++;
                if (_used * 10 > _keys.Length * 7) { Grow(); slot = Find(key); }
            }
            if (_last[slot] == id) return;
            _last[slot] = id;
            if (Filling) _postings![_start![slot] + _count[slot]++] = id;
            else _count[slot]++;
        }

        /// Ends the counting pass: postings are sized and counts restart for the fill pass.
        public void StartFill()
        {
            _start = new int[_keys.Length];
            long total = 0;
            for (var i = 0; i < _keys.Length; i++)
            {
                _start[i] = (int)total;
                total += _count[i];
                _count[i] = 0;
                _last[i] = -1;
            }
            if (total > int.MaxValue) throw new InvalidOperationException("the index has more than 2^31 postings");
            _postings = new int[total];
        }

        /// Freezes the table; <paramref name="yearLo"/>/<paramref name="yearHi"/> are the birth-year windows by name id,
        /// <paramref name="recheck"/> marks names whose window is a union of several dates.
        public PostingTable Build(short[] yearLo, short[] yearHi, bool[] recheck)
        {
            var table = new PostingTable(_keys, _start!, _count, _postings!, yearLo, yearHi, recheck) { KeyCount = _used };
            _postings = null;
            _last = [];
            return table;
        }

        private int Find(ulong key)
        {
            var mask = _keys.Length - 1;
            var slot = (int)key & mask;
            while (_keys[slot] != 0 && _keys[slot] != key) slot = (slot + 1) & mask;
            return slot;
        }

        private void Grow()
        {
            var oldKeys = _keys;
            var oldCount = _count;
            var oldLast = _last;
            _keys = new ulong[oldKeys.Length * 2];
            _count = new int[_keys.Length];
            _last = new int[_keys.Length];
            for (var i = 0; i < oldKeys.Length; i++)
            {
                if (oldKeys[i] == 0) continue;
                var slot = Find(oldKeys[i]);
                _keys[slot] = oldKeys[i];
                _count[slot] = oldCount[i];
                _last[slot] = oldLast[i];
            }
        }
    }
}
