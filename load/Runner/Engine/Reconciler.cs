using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Gateway.Runner.Report;

namespace Gateway.Runner.Engine;

/// <summary>
/// After a run: every 2xx the runner saw must have its record in the gateway. Interactive checks' stored answers are
/// read back with <c>GET /api/v1/iapi/{id}</c>, PNR pushes with <c>GET /api/v1/pnr/pushes/{id}</c>; reports with
/// <c>GET /api/v1/manifests/{id}</c>, once per report, and every passenger reference sent into a report (by a list or
/// by a check that named it) must be among its travellers; those screened are counted as decided. A list's travellers
/// are screened off the request path (from the stream), so travellers still pending are read again, once a second, for
/// up to the settle time: after a stream outage that is how long the backlog may take to be decided.
/// </summary>
public static class Reconciler
{
    /// <summary>Checks the receipts with <paramref name="parallel"/> look-ups at a time, waiting up to <paramref name="settle"/> for pending travellers.</summary>
    public static async Task<Reconciliation> CheckAsync(HttpClient client, IReadOnlyCollection<Receipt> receipts, int parallel, CancellationToken cancel,
        TimeSpan settle = default)
    {
        var reports = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var records = new List<string>();
        long pushCount = 0;
        foreach (var r in receipts)
        {
            if (r.Kind == Receipt.PnrPush) { records.Add("/api/v1/pnr/pushes/" + Uri.EscapeDataString(r.Id)); pushCount++; }
            if (r.Kind == Receipt.Check) records.Add("/api/v1/iapi/" + Uri.EscapeDataString(r.Id));
            string? report = r.Kind == Receipt.Report ? r.Id : r.ReportId;
            if (report is null) continue;
            if (!reports.TryGetValue(report, out var refs)) reports[report] = refs = new HashSet<string>(StringComparer.Ordinal);
            refs.UnionWith(r.PassengerReferences);
        }
        var tally = new Tally();
        var pending = new ConcurrentDictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var none = new HashSet<string>(StringComparer.Ordinal);
        var work = reports.Select(kv => (Id: kv.Key, Refs: kv.Value, IsReport: true))
            .Concat(records.Select(path => (Id: path, Refs: none, IsReport: false)));
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancel };
        await Parallel.ForEachAsync(work, options, async (item, ct) =>
        {
            string path = item.IsReport ? "/api/v1/manifests/" + Uri.EscapeDataString(item.Id) : item.Id;
            var seen = await ReadAsync(client, path, item.Id, item.Refs.Count > 0, tally, ct);
            if (seen is null) return;
            var waiting = new HashSet<string>(StringComparer.Ordinal);
            foreach (var r in item.Refs)
            {
                if (seen.TryGetValue(r, out var status))
                {
                    Interlocked.Increment(ref tally.Found);
                    if (status == "decided") Interlocked.Increment(ref tally.Decided);
                    else waiting.Add(r);
                }
                else
                {
                    Interlocked.Increment(ref tally.TravellersMissing);
                    if (tally.Missing.Count < 1000) tally.Missing.Enqueue(item.Id + "#" + r);
                }
            }
            if (waiting.Count > 0) pending[item.Id] = waiting;
        });

        // Screening follows from the stream: wait (bounded) for what was stored pending to be decided.
        var clock = Stopwatch.StartNew();
        while (!pending.IsEmpty && clock.Elapsed < settle)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancel);
            await Parallel.ForEachAsync(pending.Keys.ToList(), options, async (id, ct) =>
            {
                var seen = await ReadAsync(client, "/api/v1/manifests/" + Uri.EscapeDataString(id), id, true, new Tally(), ct);
                if (seen is null) return;
                var waiting = pending[id];
                int decided = waiting.RemoveWhere(r => seen.TryGetValue(r, out var s) && s == "decided");
                Interlocked.Add(ref tally.Decided, decided);
                if (waiting.Count == 0) pending.TryRemove(id, out _);
            });
        }
        long undecided = pending.Values.Sum(w => (long)w.Count);
        foreach (var (id, waiting) in pending.Take(10)) tally.Missing.Enqueue(id + "#" + waiting.First() + " (undecided)");
        return new Reconciliation(receipts.Count, reports.Count, records.Count - pushCount, pushCount, tally.Found, tally.TravellersMissing, tally.Decided,
            tally.LookupErrors, tally.RecordsMissing, [.. tally.Missing.Take(20)])
        {
            TravellersUndecided = undecided,
            SettleSeconds = settle > TimeSpan.Zero ? Math.Round(clock.Elapsed.TotalSeconds, 1) : null,
        };
    }

    /// <summary>Reads a record; for a report, its travellers' statuses by passenger reference (else empty). Null when it is missing.</summary>
    private static async Task<Dictionary<string, string>?> ReadAsync(HttpClient client, string path, string id, bool travellers, Tally tally, CancellationToken ct)
    {
        try
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), ct);
            if (response.StatusCode == HttpStatusCode.NotFound) { Interlocked.Increment(ref tally.RecordsMissing); tally.Missing.Enqueue(id); return null; }
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref tally.LookupErrors);
                Interlocked.Increment(ref tally.RecordsMissing);
                tally.Missing.Enqueue(id + " (" + (int)response.StatusCode + ")");
                return null;
            }
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            if (!travellers) return seen;
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            using var json = await JsonDocument.ParseAsync(stream, default, ct);
            foreach (var t in json.RootElement.GetProperty("travellers").EnumerateArray())
            {
                if (t.TryGetProperty("passengerReference", out var p) && p.GetString() is { } pr) seen[pr] = t.GetProperty("status").GetString() ?? "";
            }
            return seen;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            Interlocked.Increment(ref tally.LookupErrors);
            Interlocked.Increment(ref tally.RecordsMissing);
            tally.Missing.Enqueue(id + " (" + e.GetType().Name + ")");
            return null;
        }
    }

    private sealed class Tally
    {
        public long Found, TravellersMissing, Decided, LookupErrors, RecordsMissing;
        public readonly ConcurrentQueue<string> Missing = new();
    }
}
