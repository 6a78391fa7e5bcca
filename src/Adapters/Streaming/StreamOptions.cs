namespace Gateway.Adapters.Streaming;

/// <summary>Settings common to the stream implementations (bound from configuration section <c>Stream</c>).</summary>
public sealed class StreamOptions
{
    /// <summary>Partitions per topic.</summary>
    public int Partitions { get; set; } = 6;

    /// <summary>Handler attempts before a message is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Suffix of the dead-letter topic.</summary>
    public string DeadLetterSuffix { get; set; } = ".dlq";

    /// <summary>Pause before the second handler attempt; doubled for each later one, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The longest pause between handler attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(5);
}
