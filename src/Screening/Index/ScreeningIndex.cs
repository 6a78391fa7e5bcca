using Gateway.Screening.Model;
using Gateway.Screening.Scoring;
using Gateway.Screening.Text;

namespace Gateway.Screening.Index;

/// An immutable snapshot of every loaded list, ready to screen against. Never changed after construction, so any
/// number of threads screen against it without locks; a reload builds a new one and swaps it in (<see cref="Screener"/>).
public sealed partial class ScreeningIndex
{
    private readonly WatchList[] _lists;
    private readonly ListEntry[] _entries;
    private readonly int[] _entryList;
    private readonly NormalizedName[] _names;
    private readonly string[] _nameText;
    private readonly NameRecord[] _records;
    private readonly NameToken[] _tokens;
    private readonly PostingTable _keys;
    private readonly TokenCorrections _corrections;
    private readonly Dictionary<string, int[]> _documents;
    private readonly Dictionary<string, int> _df;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _dfLookup;
    private readonly NameMatcher _matcher;
    private readonly double _rarityScale;

    public long Version { get; }

    public int EntryCount => _entries.Length;

    public int NameCount => _names.Length;

    public int KeyCount => _keys.KeyCount;

    public long PostingCount => _keys.PostingCount;

    public IReadOnlyList<WatchList> Lists => _lists;

    public ScreeningOptions Options => _matcher.Options;

    private static long _versions;

    public static ScreeningIndex Build(IReadOnlyList<WatchList> lists, ScreeningOptions? options = null, NicknameTable? nicknames = null)
    {
        var b = new IndexBuilder(lists);
        return new ScreeningIndex(b, new NameMatcher(options ?? new ScreeningOptions(), nicknames ?? NicknameTable.BuiltIn));
    }

    private ScreeningIndex(IndexBuilder b, NameMatcher matcher)
    {
        Version = Interlocked.Increment(ref _versions);
        _lists = [.. b.Lists];
        _entries = [.. b.Entries];
        _entryList = [.. b.EntryList];
        _names = [.. b.Names];
        _nameText = [.. b.NameText];
        var yearLo = new short[_names.Length];
        var yearHi = new short[_names.Length];
        var recheck = new bool[_names.Length];
        for (var i = 0; i < _names.Length; i++)
        {
            var dobs = _entries[b.NameEntry[i]].BirthDates;
            recheck[i] = dobs.Count > 1;
            if (dobs.Count == 0) { yearLo[i] = short.MinValue; yearHi[i] = short.MaxValue; continue; }
            int lo = int.MaxValue, hi = int.MinValue;
            foreach (var d in dobs)
            {
                var slack = d.Approximate ? 3 : 1;
                lo = Math.Min(lo, d.FromYear - slack);
                hi = Math.Max(hi, d.ToYear + slack);
            }
            yearLo[i] = (short)lo;
            yearHi[i] = (short)hi;
        }
        _documents = b.Documents;
        _df = b.DocumentFrequency;
        _dfLookup = _df.GetAlternateLookup<ReadOnlySpan<char>>();
        _matcher = matcher;
        _rarityScale = Math.Log(Math.Max(_names.Length, 4) / 3.0);
        _tokens = [.. b.Tokens];
        foreach (var t in _tokens) Prepare(t);
        _corrections = new TokenCorrections(_tokens);
        _records = new NameRecord[_names.Length];
        for (var i = 0; i < _names.Length; i++) _records[i] = Pack(i, b.NameEntry[i], b.NameWeak[i]);
        _keys = b.BuildKeys(_names, yearLo, yearHi, recheck);
    }

    private NameRecord Pack(int id, int entry, bool weak)
    {
        var name = _names[id];
        var r = new NameRecord { Entry = entry, Weak = weak, SurnameMask = (ushort)name.SurnameMask };
        if (name.Tokens.Length > NameRecord.MaxParts) return r;
        foreach (var t in name.Tokens) if (t.Id == 0) return r;
        for (var i = 0; i < name.Tokens.Length; i++) r.Parts[i] = name.Tokens[i].Id;
        r.Count = (byte)name.Tokens.Length;
        return r;
    }

    /// Sets what the matcher reads from a token: its rarity in these lists and its nickname groups.
    internal void Prepare(NameToken t)
    {
        t.Rarity = Rarity(t.Primary);
        t.NicknameGroups = _matcher.Nicknames.Groups(t.Primary);
    }

    private float Rarity(string token)
    {
        if (!_df.TryGetValue(token, out var df) || df <= 3) return 1f;
        return (float)Math.Clamp(Math.Log((double)_names.Length / df) / _rarityScale, 0, 1);
    }

    /// Approximate managed memory of the key table (the largest structure).
    public long KeyTableBytes => _keys.Bytes;
}
