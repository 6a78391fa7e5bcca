using Gateway.Adapters.Storage;
using Gateway.Adapters.Streaming;
using Gateway.Options;
using System.Runtime.ExceptionServices;
using Gateway.Adapters.Events;
using Polly;

namespace Gateway.Pipeline;

/// <summary>
/// Publishes the transactional outbox to Kafka (when <c>Gateway:Stream:Kind</c> is <c>kafka</c>, in the API role): rows in
/// sequence order, keyed by flight, a batch at a time, and marks them sent only after the brokers acknowledged every
/// one (<c>acks=all</c>, idempotent producer, so a flight's events keep their order in its partition). Publishing goes
/// through the Polly pipeline of <see cref="RelayResilience"/> (retries, circuit breaker, timeout, from configuration),
/// and while it fails transiently the rows stay in the outbox: the API keeps accepting, and the backlog it measures turns
/// submissions to 503 only past <c>Gateway:OutboxBacklogLimit</c>. A batch that failed part-way is published again whole;
/// the duplicates carry their event ids, which the consumers' processed marks absorb. A row the stream refuses for good
/// (<see cref="StreamErrors.IsPermanent"/>: too large, rejected by the serializer or the schema registry) is not retried:
/// it is logged with the reason and goes to the stream's dead-letter destination at once, and the rest of the batch
/// goes on. With several API processes, one relays at a time: the one holding the relay's <see cref="StoreLease"/>
/// (every process still measures the backlog for its own API).
/// </summary>
public sealed partial class OutboxRelay : BackgroundService
{
    private readonly IGatewayStore _store;
    private readonly IEventStream _stream;
    private readonly OutboxSignal _signal;
    private readonly Backpressure _backpressure;
    private readonly StreamTopics _topics;
    private readonly GatewayOptions _options;
    private readonly ILogger<OutboxRelay> _log;
    private readonly ResiliencePipeline _resilience;
    private readonly MessageHandling _handling;
    private long _published;
    private long _deadLettered;

    /// <summary>The store lease's name.</summary>
    public const string LeaseName = "outbox-relay";

    /// <summary>Creates the relay.</summary>
    public OutboxRelay(IGatewayStore store, IEventStream stream, OutboxSignal signal, Backpressure backpressure, StreamTopics topics,
        GatewayOptions options, TimeProvider clock, ILogger<OutboxRelay> log)
    {
        (_store, _stream, _signal, _backpressure, _topics, _options, _log) = (store, stream, signal, backpressure, topics, options, log);
        _resilience = RelayResilience.Build(options.Stream.Relay, log);
        _handling = new MessageHandling(options.Stream.ToStreamOptions(), log);
        Lease = new StoreLease(store, LeaseName, options.Stream.Relay.LeaseTime, clock);
    }

    /// <summary>The store lease that makes this process the one that relays.</summary>
    public StoreLease Lease { get; }

    /// <summary>Rows this process has published (or dead-lettered) and marked sent.</summary>
    public long Published => Interlocked.Read(ref _published);

    /// <summary>Rows this process sent to the dead-letter destination because the stream refused them for good.</summary>
    public long DeadLettered => Interlocked.Read(ref _deadLettered);

    /// <summary>Whether this process relays (Kafka configured, API role).</summary>
    public bool Enabled => _options.Stream.IsKafka && GatewayRoles.ServesApi(_options.Role);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            // An API-only process on the embedded stream relays nothing (the outbox is the log a worker reads), but its
            // API still needs the backlog measured to answer 503 when it is over the limit.
            if (GatewayRoles.ServesApi(_options.Role) && !GatewayRoles.Consumes(_options.Role)) await MeasureAsync(stoppingToken);
            return;
        }
        await Task.Yield();
        // The backlog is measured once a second beside the relay, not only between its rounds: a round retrying
        // through an outage can take longer than the outage, and the limit must act while the backlog grows.
        var measuring = MeasureAsync(stoppingToken);
        await _topics.EnsureAsync(stoppingToken);
        int batchSize = _options.Stream.Relay.BatchSize;
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = _signal.Next;
            try
            {
                if (!await Lease.HoldAsync(stoppingToken))
                {
                    await Task.Delay(Lease.RetryAfter, stoppingToken);
                    continue;
                }
                var pending = await _store.GetPendingOutboxAsync(batchSize, stoppingToken);
                if (pending.Count == 0)
                {
                    await OutboxSignal.WaitAsync(next, TimeSpan.FromMilliseconds(250), stoppingToken);
                    continue;
                }
                var round = new List<OutboxRecord>(pending);
                await _resilience.ExecuteAsync(static async (state, ct) => await state.Self.PublishAsync(state.Round, ct), (Self: this, Round: round), stoppingToken);
                await _store.MarkSentAsync([.. pending.Select(p => p.Sequence)], stoppingToken);
                Interlocked.Add(ref _published, pending.Count);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // The stream (or the store) is down: the rows stay in the outbox (the backlog is measured beside); retry.
                LogRelayFailed(e.GetType().Name, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
        await measuring;
    }

    private async Task MeasureAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                _backpressure.Report(await _store.CountPendingOutboxAsync(ct));
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                LogRelayFailed(e.GetType().Name, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }
        }
    }

    /// <summary>
    /// One attempt at a round: publishes every row still in <paramref name="rows"/> at once (the producer batches them and
    /// keeps their order per partition) and completes when all are acknowledged. A row refused for good is dead-lettered
    /// and taken out of the round, so a retry does not send it again; a transient failure of any row fails the attempt.
    /// </summary>
    private async Task PublishAsync(List<OutboxRecord> rows, CancellationToken ct)
    {
        var sends = new Task[rows.Count];
        for (int i = 0; i < rows.Count; i++) sends[i] = _stream.PublishAsync(rows[i].Topic, Message(rows[i]), ct);
        try
        {
            await Task.WhenAll(sends);
            return;
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // Sorted out below, row by row.
        }
        Exception? transient = null;
        var refused = new List<OutboxRecord>();
        for (int i = 0; i < rows.Count; i++)
        {
            if (sends[i].Exception?.InnerException is not { } e) continue;
            if (!StreamErrors.IsPermanent(e))
            {
                transient ??= e;
                continue;
            }
            var r = rows[i];
            var letter = new DeadLetter(r.Topic, Message(r), StreamErrors.Reason(e), "outbox/" + r.Sequence, 1);
            if (!await _handling.DeadLetterAsync(letter, permanent: true, _stream, ct)) throw new OperationCanceledException(ct);
            Interlocked.Increment(ref _deadLettered);
            refused.Add(r);
        }
        foreach (var r in refused) rows.Remove(r);
        if (transient is not null) ExceptionDispatchInfo.Throw(transient);
    }

    private static StreamMessage Message(OutboxRecord r) => new(r.Key, r.Payload, EventEnvelope.EventId(r.Payload) ?? "outbox-" + r.Sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "relay to the stream failed ({Error}: {Message}); the events stay in the outbox")]
    private partial void LogRelayFailed(string error, string message);
}
