using System.Globalization;
using Gateway.Options;
using Gateway.Screening.Import;
using Gateway.Screening.Index;
using Gateway.Screening.Model;
using Gateway.Screening.Scoring;
using Gateway.Screening.Text;

namespace Gateway.Screening;

/// <summary>
/// The live screening index over the configured watch lists. Replacing a list builds a new snapshot aside and swaps it
/// in; a malformed replacement is refused whole and the previous snapshot stays live.
/// </summary>
public sealed partial class WatchListHost
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, WatchList> _lists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WatchListOptions> _configured = new(StringComparer.Ordinal);
    private readonly List<WatchListOptions> _absent = [];
    private readonly Screener _screener;

    /// <summary>Loads every configured list; an absent optional list is a warning, an absent required one stops the start.</summary>
    /// <exception cref="InvalidOperationException">A list that is not optional is absent.</exception>
    public WatchListHost(GatewayOptions options, ILogger<WatchListHost> log)
    {
        var screening = options.Screening;
        if (screening.Problem() is { } problem) throw new InvalidOperationException("Gateway:Screening: " + problem);
        var nicknames = string.IsNullOrEmpty(screening.NicknamesPath) ? NicknameTable.BuiltIn : NicknameTable.Load(screening.NicknamesPath);
        foreach (var list in options.WatchLists)
        {
            _configured[list.Name] = list;
            if (!File.Exists(list.Path))
            {
                if (!list.Optional)
                {
                    LogRequiredAbsent(log, list.Name, list.Path);
                    throw new InvalidOperationException($"watch list {list.Name}: {list.Path} does not exist. Relative paths resolve against "
                        + "Gateway:Root (by default the clone's root); fix Gateway:WatchLists Path, or set Optional to start without the list");
                }
                LogOptionalAbsent(log, list.Name, list.Path);
                _absent.Add(list);
                continue;
            }
            // Hits name the configured list, not its file (a replacement arrives in a temporary file).
            _lists[list.Name] = Source(list, list.Path).Load() with { Name = list.Name };
            LogLoaded(log, list.Name, _lists[list.Name].Entries.Count, list.Path);
        }
        _screener = new Screener(ScreeningIndex.Build([.. _lists.Values], screening, nicknames), screening, nicknames);
    }

    /// <summary>The screener over the current snapshot.</summary>
    public Screener Screener => _screener;

    /// <summary>Names of the configured lists with their entry counts.</summary>
    public IReadOnlyDictionary<string, int> Counts
    {
        get
        {
            lock (_gate) return _lists.ToDictionary(l => l.Key, l => l.Value.Entries.Count, StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// The start-up line: how many lists and entries screening runs against, each list's entries, and each optional list
    /// that was absent (with the path looked at).
    /// </summary>
    public string Summary()
    {
        var counts = Counts;
        var text = new System.Text.StringBuilder();
        if (counts.Count == 0) text.Append("watch lists: none loaded; every traveller screens clear");
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"watch lists: {counts.Count} loaded, {counts.Values.Sum(c => (long)c):N0} entries (");
            text.AppendJoin(", ", counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value:N0}")));
            text.Append(')');
        }
        foreach (var list in _absent) text.Append(CultureInfo.InvariantCulture, $"; {list.Name} absent ({list.Path})");
        return text.ToString();
    }

    /// <summary>Replaces one configured list with the file given, then swaps in a new snapshot.</summary>
    /// <exception cref="KeyNotFoundException">No list of that name is configured.</exception>
    /// <exception cref="ListFormatException">The file is malformed; nothing changed.</exception>
    public int Replace(string name, string path)
    {
        if (!_configured.TryGetValue(name, out var list)) throw new KeyNotFoundException(name);
        var loaded = Source(list, path).Load() with { Name = name };
        if (loaded.Entries.Count == 0)
        {
            // Almost always a mistake (an empty upload, the wrong file); it would silently stop all screening on this list.
            throw new ListFormatException(path, 0, "the file holds no entries; an empty replacement would remove every entry of the list");
        }
        lock (_gate)
        {
            _lists[name] = loaded;
            _screener.Reload([.. _lists.Values]);
        }
        return loaded.Entries.Count;
    }

    private static ListSource Source(WatchListOptions list, string path)
    {
        if (!ListKinds.TryParse(list.Kind, out var kind)) throw new InvalidOperationException($"watch list {list.Name}: unknown kind '{list.Kind}'");
        var ofac = list.OfacAlt is null && list.OfacAdd is null && list.OfacComments is null ? null : new OfacCsvFiles(list.OfacAlt, list.OfacAdd, list.OfacComments);
        return new ListSource(kind, list.Format, path, ofac);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "watch list {Name}: {Count} entries from {Path}")]
    private static partial void LogLoaded(ILogger log, string name, int count, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "watch list {Name}: {Path} is absent; the gateway starts without it (Optional)")]
    private static partial void LogOptionalAbsent(ILogger log, string name, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "watch list {Name}: {Path} is absent and the list is not optional; the gateway does not start")]
    private static partial void LogRequiredAbsent(ILogger log, string name, string path);
}
