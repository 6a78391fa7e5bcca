using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.Json;
using Gateway.Options;

namespace Gateway.Pipeline;

/// <summary>
/// Posts each carrier's unsolicited status changes to the webhook it configured, in feed order, at least once. One loop
/// per carrier: a carrier whose endpoint is down waits with growing back-off (capped) and is retried until it answers
/// 2xx; the others are not held up. The position delivered up to is kept in the store, so a restart resumes where it
/// stopped (the update last in flight may come twice: the <c>X-Gateway-Sequence</c> header lets the carrier drop it).
/// The feed (<c>GET /api/v1/iapi/updates</c>) stays the source of truth; the webhook only saves the carrier a poll.
/// With several worker processes, one of them posts a carrier's updates: the one holding the carrier's
/// <see cref="StoreLease"/> (<see cref="LeaseName"/>, <c>Gateway:Webhooks:LeaseTime</c>; renewed while it delivers, taken
/// over by another when it lapses).
/// </summary>
public sealed partial class WebhookDelivery(GatewayOptions options, IGatewayStore store, UpdateFeed feed, IHttpClientFactory clients,
    TimeProvider clock, ILogger<WebhookDelivery> log) : BackgroundService
{
    /// <summary>The store's document kind that keeps each carrier's delivered position.</summary>
    public const string CursorKind = "webhook-cursor";

    /// <summary>The name of the store lease that makes one process post a carrier's updates.</summary>
    public static string LeaseName(string carrier) => "webhook:" + carrier;

    /// <summary>The named HTTP client the deliveries use.</summary>
    public const string ClientName = "webhooks";

    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LastBackoff = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    /// <remarks>Worker processes (role <c>all</c> or <c>worker</c>) deliver, one per carrier at a time (the lease).</remarks>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        !GatewayRoles.Consumes(options.Role) ? Task.CompletedTask : Task.WhenAll(options.Carriers
            .Where(c => c.Value.Webhook is { Length: > 0 })
            .Select(c => DeliverLoopAsync(c.Key, c.Value, stoppingToken)));

    private async Task DeliverLoopAsync(string carrier, CarrierOptions settings, CancellationToken stop)
    {
        if (!Uri.TryCreate(settings.Webhook, UriKind.Absolute, out var target) || target.Scheme is not ("http" or "https"))
        {
            LogBadWebhook(carrier, settings.Webhook);
            return;
        }
        var http = clients.CreateClient(ClientName);
        var lease = new StoreLease(store, LeaseName(carrier), options.Webhooks.LeaseTime, clock);
        long cursor = -1;
        int failures = 0;
        while (!stop.IsCancellationRequested)
        {
            var changed = feed.Changed;
            try
            {
                if (!await lease.HoldAsync(stop))
                {
                    // Another process delivers this carrier's updates; read the position afresh if this one takes over.
                    cursor = -1;
                    await Task.Delay(lease.RetryAfter, stop);
                    continue;
                }
                if (cursor < 0) cursor = await LoadCursorAsync(carrier, stop);
                var rows = await store.GetUpdatesAsync(carrier, cursor, 100, stop);
                if (rows.Count == 0)
                {
                    // Woken by a new update, or look again after a second (another process may have committed one).
                    await Task.WhenAny(changed, Task.Delay(TimeSpan.FromSeconds(1), stop));
                    continue;
                }
                foreach (var row in rows)
                {
                    await PostAsync(http, target, settings, row, stop);
                    cursor = row.Sequence;
                    failures = 0;
                }
                await SaveCursorAsync(carrier, cursor, stop);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stop.IsCancellationRequested)
            {
                failures++;
                var wait = Backoff(failures);
                LogDeliveryFailed(carrier, failures, wait.TotalSeconds, e.Message);
                if (cursor >= 0) await TrySaveCursorAsync(carrier, cursor, stop);
                await Task.Delay(wait, stop);
            }
        }
    }

    /// <summary>Exponential back-off from 200 ms, doubled per failure up to 5 minutes, with ±20 % jitter.</summary>
    public static TimeSpan Backoff(int failures)
    {
        double ms = Math.Min(LastBackoff.TotalMilliseconds, FirstBackoff.TotalMilliseconds * Math.Pow(2, Math.Min(failures - 1, 30)));
        return TimeSpan.FromMilliseconds(ms * (0.8 + 0.4 * Random.Shared.NextDouble()));
    }

    private static async Task PostAsync(HttpClient http, Uri target, CarrierOptions settings, UpdateRecord row, CancellationToken stop)
    {
        bool edifact = string.Equals(settings.WebhookFormat, "edifact", StringComparison.OrdinalIgnoreCase) && row.Cusres is not null;
        byte[] body = edifact
            ? Encoding.UTF8.GetBytes(row.Cusres!)
            : JsonSerializer.SerializeToUtf8Bytes(
                JsonSerializer.Deserialize(row.Json, GatewayJsonContext.Default.StatusUpdate)! with { Sequence = row.Sequence, Cusres = row.Cusres },
                GatewayJsonContext.Default.StatusUpdate);
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(edifact ? "application/edifact" : "application/json");
        request.Headers.Add("X-Gateway-Sequence", row.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (settings.WebhookSecret is { Length: > 0 } secret) request.Headers.Add("X-Gateway-Signature", Signature(secret, body));
        using var response = await http.SendAsync(request, stop);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"the webhook answered {(int)response.StatusCode} for update {row.Sequence}", null, response.StatusCode);
        }
    }

    /// <summary>The signature header value of a body: <c>sha256=</c> and the hex HMAC-SHA256 under the carrier's secret.</summary>
    public static string Signature(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    private async Task<long> LoadCursorAsync(string carrier, CancellationToken stop) =>
        await store.GetDocumentAsync(CursorKind, carrier, stop) is { } doc ? long.Parse(doc.Json, System.Globalization.CultureInfo.InvariantCulture) : 0;

    private async Task SaveCursorAsync(string carrier, long cursor, CancellationToken stop)
    {
        var batch = new WriteBatch();
        batch.Documents.Add(new DocumentRecord(CursorKind, carrier, carrier, DateTimeOffset.UtcNow, cursor.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await store.CommitAsync(batch, stop);
    }

    private async Task TrySaveCursorAsync(string carrier, long cursor, CancellationToken stop)
    {
        try
        {
            await SaveCursorAsync(carrier, cursor, stop);
        }
        catch (Exception e) when (e is System.Data.Common.DbException)
        {
            // The store is failing too: the position is saved after the next successful delivery.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "carrier {Carrier}: webhook {Webhook} is not an absolute http(s) URL; no webhook deliveries")]
    private partial void LogBadWebhook(string carrier, string? webhook);

    [LoggerMessage(Level = LogLevel.Warning, Message = "carrier {Carrier}: webhook delivery failed ({Failures} in a row), next try in {Seconds:0.0} s: {Reason}")]
    private partial void LogDeliveryFailed(string carrier, int failures, double seconds, string reason);
}
