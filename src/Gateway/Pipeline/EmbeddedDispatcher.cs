using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.Json;
using Gateway.Submissions;

namespace Gateway.Pipeline;

/// <summary>
/// The embedded stream: the outbox table is the log. Events are delivered in sequence order (so per key), at least
/// once, and marked sent only after their handler has committed; they survive restarts because they are rows in the
/// store. A handler that keeps failing has its event parked as a dead letter after <see cref="MaxAttempts"/> tries.
/// </summary>
public sealed partial class EmbeddedDispatcher(IGatewayStore store, ReportScreening screening, Backpressure backpressure, ILogger<EmbeddedDispatcher> log) : BackgroundService
{
    private const int MaxAttempts = 5;
    private readonly SemaphoreSlim _wake = new(0);

    /// <summary>Asks the dispatcher to look at the outbox now instead of at its next poll.</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0) _wake.Release();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var pending = await store.GetPendingOutboxAsync(100, stoppingToken);
                backpressure.Report(pending.Count < 100 ? pending.Count : await store.CountPendingOutboxAsync(stoppingToken));
                if (pending.Count == 0)
                {
                    await _wake.WaitAsync(TimeSpan.FromMilliseconds(250), stoppingToken);
                    continue;
                }
                foreach (var record in pending)
                {
                    await DeliverAsync(record, stoppingToken);
                    await store.MarkSentAsync([record.Sequence], stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store is down or failing: keep the service up and try again. Events stay in the outbox; a handled
                // event that could not be marked sent is delivered again, and its processed mark makes that harmless.
                LogStoreUnavailable(e);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private async Task DeliverAsync(OutboxRecord record, CancellationToken cancel)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                var e = JsonSerializer.Deserialize(record.Payload, GatewayJsonContext.Default.PipelineEvent)
                    ?? throw new JsonException("empty event");
                if (e.Type == PipelineEvents.ReportAccepted) await screening.HandleAsync(e, cancel);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                if (attempt >= MaxAttempts || e is JsonException)
                {
                    LogDeadLetter(record.Sequence, record.Topic, e);
                    var batch = new WriteBatch();
                    batch.Documents.Add(new DocumentRecord("dead-letter", "outbox-" + record.Sequence, "-", DateTimeOffset.UtcNow,
                        JsonSerializer.Serialize(e.Message)));
                    await store.CommitAsync(batch, cancel);
                    return;
                }
                await Task.Delay(TimeSpan.FromMilliseconds(100 * (1 << attempt)), cancel);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "the store is unavailable; the dispatcher retries")]
    private partial void LogStoreUnavailable(Exception e);

    [LoggerMessage(Level = LogLevel.Error, Message = "outbox event {Sequence} on {Topic} parked as a dead letter")]
    private partial void LogDeadLetter(long sequence, string topic, Exception e);
}
