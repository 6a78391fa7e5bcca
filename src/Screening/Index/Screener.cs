using Gateway.Screening.Import;
using Gateway.Screening.Model;
using Gateway.Screening.Scoring;
using Gateway.Screening.Text;

namespace Gateway.Screening.Index;

/// Holds the live index snapshot. Screening reads the reference once per traveller, so an answer always comes from one
/// snapshot; a reload builds the next snapshot aside and swaps it in atomically. A list that fails to load leaves
/// the previous snapshot live.
public sealed class Screener
{
    private readonly ScreeningOptions _options;
    private readonly NicknameTable _nicknames;
    private readonly Lock _reloading = new();
    private ScreeningIndex _current;

    public Screener(ScreeningIndex initial, ScreeningOptions? options = null, NicknameTable? nicknames = null)
    {
        _current = initial;
        _options = options ?? initial.Options;
        _nicknames = nicknames ?? NicknameTable.BuiltIn;
    }

    public ScreeningIndex Current => Volatile.Read(ref _current);

    public ScreeningResult Screen(ScreeningQuery query, Band minBand = Band.Review) => Current.Screen(query, minBand);

    /// Loads every source, builds a new snapshot and swaps it in. Throws <see cref="ListFormatException"/> (the previous
    /// snapshot stays) when any file is malformed.
    public ScreeningIndex Reload(IReadOnlyList<ListSource> sources)
    {
        var lists = new List<WatchList>(sources.Count);
        foreach (var s in sources) lists.Add(s.Load());
        return Reload(lists);
    }

    /// Swaps in a snapshot built elsewhere (e.g. on another machine's schedule).
    public void Swap(ScreeningIndex next)
    {
        lock (_reloading) Volatile.Write(ref _current, next);
    }

    public ScreeningIndex Reload(IReadOnlyList<WatchList> lists)
    {
        lock (_reloading)
        {
            var next = ScreeningIndex.Build(lists, _options, _nicknames);
            Volatile.Write(ref _current, next);
            return next;
        }
    }
}
