using Gateway.Adapters.Storage;
using Gateway.Adapters.Streaming;
using Gateway.Options;
using Gateway.Adapters.Events;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Gateway.Pipeline;

/// <summary>
/// Publishes the transactional outbox to Kafka (when <c>Gateway:Stream:Kind</c> is <c>kafka</c>, in the API role): rows in
/// sequence order, keyed by flight, a batch at a time, and marks them sent only after the brokers acknowledged every
/// one (<c>acks=all</c>, idempotent producer, so a flight's events keep their order in its partition). Publishing goes
/// through a Polly pipeline — retries with exponential backoff and jitter inside a circuit breaker — and while it fails
/// the rows stay in the outbox: the API keeps accepting, and the backlog it measures turns submissions to 503 only
/// past <c>Gateway:OutboxBacklogLimit</c>. A batch that failed part-way is published again whole; the duplicates carry
/// their event ids, which the consumers' processed marks absorb. With several API processes, one relays at a time: the
/// one holding the relay's lease in the store (every process still measures the backlog for its own API).
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
    private readonly TimeProvider _clock;
    private readonly string _owner = Environment.MachineName + "/" + Guid.NewGuid().ToString("N");
    private DateTimeOffset _leaseUntil;
    private long _published;

    /// <summary>The store lease's name.</summary>
    public const string LeaseName = "outbox-relay";

    /// <summary>Creates the relay.</summary>
    public OutboxRelay(IGatewayStore store, IEventStream stream, OutboxSignal signal, Backpressure backpressure, StreamTopics topics,
        GatewayOptions options, TimeProvider clock, ILogger<OutboxRelay> log)
    {
        (_store, _stream, _signal, _backpressure, _topics, _options, _clock, _log) = (store, stream, signal, backpressure, topics, options, clock, log);
        _resilience = Resilience(options.Stream.Relay, log);
    }

    /// <summary>Rows this process has published and marked sent.</summary>
    public long Published => Interlocked.Read(ref _published);

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
                if (!await HoldLeaseAsync(stoppingToken))
                {
                    await Task.Delay(_options.Stream.Relay.LeaseTime / 3, stoppingToken);
                    continue;
                }
                var pending = await _store.GetPendingOutboxAsync(batchSize, stoppingToken);
                if (pending.Count == 0)
                {
                    await OutboxSignal.WaitAsync(next, TimeSpan.FromMilliseconds(250), stoppingToken);
                    continue;
                }
                await _resilience.ExecuteAsync(static async (state, ct) => await state.Self.PublishAsync(state.Pending, ct), (Self: this, Pending: pending), stoppingToken);
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

    /// <summary>Takes or renews the relay's lease; renewed at half-time, not every round (each renewal is a store write).</summary>
    private async Task<bool> HoldLeaseAsync(CancellationToken ct)
    {
        var now = _clock.GetUtcNow();
        var leaseTime = _options.Stream.Relay.LeaseTime;
        if (now + leaseTime / 2 < _leaseUntil) return true;
        if (!await _store.TryLeaseAsync(LeaseName, _owner, now, now + leaseTime, ct))
        {
            _leaseUntil = default;
            return false;
        }
        _leaseUntil = now + leaseTime;
        return true;
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

    private Task PublishAsync(IReadOnlyList<OutboxRecord> rows, CancellationToken ct)
    {
        // All at once: the producer batches them and keeps their order per partition; completes when all are acknowledged.
        var sends = new Task[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            string id = EventEnvelope.EventId(r.Payload) ?? "outbox-" + r.Sequence;
            sends[i] = _stream.PublishAsync(r.Topic, new StreamMessage(r.Key, r.Payload, id), ct);
        }
        return Task.WhenAll(sends);
    }

    private static ResiliencePipeline Resilience(RelaySettings s, ILogger log)
    {
        var transient = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException);
        return new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = s.RetryDelay,
                MaxDelay = s.MaxRetryDelay,
                MaxRetryAttempts = Math.Max(1, s.MaxRetries),
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = transient,
                FailureRatio = 0.5,
                MinimumThroughput = 2,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = s.BreakDuration < TimeSpan.FromMilliseconds(500) ? TimeSpan.FromMilliseconds(500) : s.BreakDuration,
                OnOpened = a => { LogCircuit(log, "opened", a.BreakDuration.TotalSeconds); return ValueTask.CompletedTask; },
                OnClosed = _ => { LogCircuit(log, "closed", 0); return ValueTask.CompletedTask; },
            })
            .Build();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "relay to the stream failed ({Error}: {Message}); the events stay in the outbox")]
    private partial void LogRelayFailed(string error, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "relay circuit {State} (break {Seconds} s)")]
    private static partial void LogCircuit(ILogger log, string state, double seconds);
}
