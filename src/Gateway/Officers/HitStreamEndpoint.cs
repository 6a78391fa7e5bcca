using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.Security;

namespace Gateway.Officers;

/// <summary>
/// <c>GET /api/v1/hits/stream</c>: server-sent events. First the open queue (<c>event: snapshot</c>, in chunks), then every
/// new or changed hit (<c>event: hit</c>) as it is committed, with a comment line every 15 s so proxies keep it open. The
/// subscription starts before the snapshot is read, so nothing falls between them (the page de-duplicates by id). The
/// stream ends when the officer's token expires.
/// </summary>
public static class HitStreamEndpoint
{
    private const int SnapshotLimit = 5000;
    private const int Chunk = 500;

    /// <summary>Serves one stream.</summary>
    public static async Task StreamAsync(HttpContext http, HitStream stream, HitStore hits, TimeProvider clock)
    {
        var officer = Officer.From(http.User);
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        using var subscription = stream.Subscribe();
        using var expiry = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var left = officer.Expires - clock.GetUtcNow();
        expiry.CancelAfter(left > TimeSpan.Zero ? left : TimeSpan.Zero);
        var cancel = expiry.Token;
        try
        {
            var open = new List<HitSummary>();
            foreach (var status in new[] { HitStatuses.Open, HitStatuses.AwaitingSecond })
            {
                var rows = await hits.ListAsync(new HitFilter(null, null, null, null, status), 0, SnapshotLimit, cancel);
                open.AddRange(rows.Select(r => HitSummary.Of(HitRecorder.Detail(r))));
            }
            for (int i = 0; i < open.Count || i == 0; i += Chunk)
            {
                await Send(http, "snapshot", open.Skip(i).Take(Chunk).ToArray(), cancel);
            }
            var reader = subscription.Reader;
            while (!cancel.IsCancellationRequested)
            {
                using var beat = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                beat.CancelAfter(TimeSpan.FromSeconds(15));
                try
                {
                    if (!await reader.WaitToReadAsync(beat.Token)) break;
                    var batch = new List<HitSummary>();
                    while (batch.Count < Chunk && reader.TryRead(out var hit)) batch.Add(hit);
                    await Send(http, "hit", [.. batch], cancel);
                }
                catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
                {
                    await http.Response.WriteAsync(": keep-alive\n\n", cancel);
                    await http.Response.Body.FlushAsync(cancel);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed the stream, or the token expired: the page asks for a new ticket.
        }
        catch (InvalidOperationException)
        {
            // The stream fell behind and was closed; the page reconnects and reloads the queue.
        }
    }

    private static async Task Send(HttpContext http, string name, HitSummary[] hits, CancellationToken cancel)
    {
        string data = JsonSerializer.Serialize(hits, OfficerJsonContext.Default.HitSummaryArray);
        await http.Response.WriteAsync($"event: {name}\ndata: {data}\n\n", cancel);
        await http.Response.Body.FlushAsync(cancel);
    }
}
