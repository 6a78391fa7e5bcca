using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Gateway.Runner.Report;

namespace Gateway.Runner.Engine;

/// <summary>
/// After a run: every 2xx the runner saw must have its record in the gateway. Interactive checks' stored answers are
/// read back with <c>GET /api/v1/iapi/{id}</c>, PNR pushes with <c>GET /api/v1/pnr/pushes/{id}</c>; reports with
/// <c>GET /api/v1/manifests/{id}</c>, once per report, and every passenger reference sent into a report (by a list or
/// by a check that named it) must be among its travellers; those screened are counted as decided.
/// </summary>
public static class Reconciler
{
    /// <summary>Checks the receipts with <paramref name="parallel"/> look-ups at a time.</summary>
    public static async Task<Reconciliation> CheckAsync(HttpClient client, IReadOnlyCollection<Receipt> receipts, int parallel, CancellationToken cancel)
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
        var missing = new ConcurrentQueue<string>();
        long travellersFound = 0, travellersMissing = 0, decided = 0, lookupErrors = 0, recordsMissing = 0;
        var none = new HashSet<string>(StringComparer.Ordinal);
        var work = reports.Select(kv => (Path: "/api/v1/manifests/" + Uri.EscapeDataString(kv.Key), Id: kv.Key, Refs: kv.Value))
            .Concat(records.Select(path => (Path: path, Id: path, Refs: none)));
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancel }, async (item, ct) =>
        {
            try
            {
                using var response = await client.GetAsync(new Uri(item.Path, UriKind.Relative), ct);
                if (response.StatusCode == HttpStatusCode.NotFound) { Interlocked.Increment(ref recordsMissing); missing.Enqueue(item.Id); return; }
                if (!response.IsSuccessStatusCode) { Interlocked.Increment(ref lookupErrors); Interlocked.Increment(ref recordsMissing); missing.Enqueue(item.Id + " (" + (int)response.StatusCode + ")"); return; }
                if (item.Refs.Count == 0) return;
                await using var stream = await response.Content.ReadAsStreamAsync(ct);
                using var json = await JsonDocument.ParseAsync(stream, default, ct);
                var seen = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var t in json.RootElement.GetProperty("travellers").EnumerateArray())
                {
                    if (t.TryGetProperty("passengerReference", out var p) && p.GetString() is { } pr) seen[pr] = t.GetProperty("status").GetString() ?? "";
                }
                foreach (var r in item.Refs)
                {
                    if (seen.TryGetValue(r, out var status))
                    {
                        Interlocked.Increment(ref travellersFound);
                        if (status == "decided") Interlocked.Increment(ref decided);
                    }
                    else
                    {
                        Interlocked.Increment(ref travellersMissing);
                        if (missing.Count < 1000) missing.Enqueue(item.Id + "#" + r);
                    }
                }
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or JsonException or KeyNotFoundException or InvalidOperationException)
            {
                Interlocked.Increment(ref lookupErrors);
                Interlocked.Increment(ref recordsMissing);
                missing.Enqueue(item.Id + " (" + e.GetType().Name + ")");
            }
        });
        var list = missing.ToArray();
        return new Reconciliation(receipts.Count, reports.Count, records.Count - pushCount, pushCount, travellersFound, travellersMissing, decided, lookupErrors,
            recordsMissing, [.. list.Take(20)]);
    }
}
