using Gateway.Adapters.Streaming;

namespace Gateway.Options;

/// <summary>
/// The event backbone's settings (section <c>Gateway:Stream</c>; environment <c>Gateway__Stream__…</c>). The names are
/// a contract with the deployment (Helm chart): see docs/EVENTS.md before renaming one.
/// </summary>
public sealed class StreamSettings
{
    /// <summary>The embedded stream (the default): the outbox in the local store is the log; no Kafka.</summary>
    public const string EmbeddedKind = "embedded";

    /// <summary>Kafka through Confluent.Kafka.</summary>
    public const string KafkaKind = "kafka";

    /// <summary><c>embedded</c> (default) or <c>kafka</c>.</summary>
    public string Kind { get; set; } = EmbeddedKind;

    /// <summary>The consumer group of the screening and decision consumer; every worker process joins it.</summary>
    public string GroupId { get; set; } = "gateway-screening";

    /// <summary>Partitions of the topics the gateway creates (Kafka); the most worker processes that can share the work.</summary>
    public int Partitions { get; set; } = 12;

    /// <summary>Handler attempts before an event goes to the dead-letter topic (a permanent failure: the first attempt).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Pause before a handler's second attempt; doubled for each later one, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest pause between a handler's attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Kafka connection and client settings (<c>Gateway:Stream:Kafka:…</c>).</summary>
    public KafkaStreamOptions Kafka { get; set; } = new();

    /// <summary>The outbox relay's settings (<c>Gateway:Stream:Relay:…</c>).</summary>
    public RelaySettings Relay { get; set; } = new();

    /// <summary>Whether the Kafka stream is configured.</summary>
    public bool IsKafka => string.Equals(Kind, KafkaKind, StringComparison.OrdinalIgnoreCase);

    /// <summary>The stream implementations' common options.</summary>
    public StreamOptions ToStreamOptions() =>
        new() { Partitions = Partitions, MaxAttempts = MaxAttempts, RetryDelay = RetryDelay, MaxRetryDelay = MaxRetryDelay };
}

/// <summary>
/// The relay from the outbox to Kafka: batch size, its lease, and its Polly pipeline (retry with jittered backoff, circuit
/// breaker, timeout per attempt; see <c>RelayResilience</c>).
/// </summary>
public sealed class RelaySettings
{
    /// <summary>Outbox rows published per round (concurrently, then marked sent together).</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Retries of a failed round before the relay re-reads the outbox and measures the backlog again.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; doubled per retry with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest retry delay.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long the circuit stays open (publishing not even tried) after it broke.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The share of failed rounds (transient failures) within <see cref="SamplingDuration"/> that opens the circuit.</summary>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>The window over which <see cref="FailureRatio"/> is measured.</summary>
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Rounds within the window before the circuit may open at all.</summary>
    public int MinimumThroughput { get; set; } = 2;

    /// <summary>
    /// How long one attempt to publish a round may take before it is abandoned and counted as a (transient) failure.
    /// Above <c>Kafka:DeliveryTimeoutMs</c>, so normally the producer reports first; it bounds a publish that hangs.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The store lease that lets one API process at a time relay (renewed at half-time while it relays; another process
    /// takes over when it lapses, so a stopped pod delays events by at most this long and a third).
    /// </summary>
    public TimeSpan LeaseTime { get; set; } = TimeSpan.FromSeconds(15);
}
