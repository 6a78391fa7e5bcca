namespace Gateway.Adapters.Streaming;

/// <summary>A message to publish: the partition key (a flight key keeps a flight's records in order), the value
/// (an Avro single-object event) and headers.</summary>
/// <param name="Key">Partition key; messages with one key are delivered in publish order.</param>
/// <param name="Value">The payload.</param>
/// <param name="MessageId">Unique id, sent as the <c>message-id</c> header; consumers deduplicate on it.</param>
/// <param name="Headers">Other headers (e.g. <c>traceparent</c>).</param>
public sealed record StreamMessage(string Key, byte[] Value, string MessageId, IReadOnlyDictionary<string, string>? Headers = null);

/// <summary>A delivered message.</summary>
/// <param name="Topic">Topic it came from.</param>
/// <param name="Partition">Partition within the topic.</param>
/// <param name="Offset">Position in the partition.</param>
/// <param name="Key">Partition key.</param>
/// <param name="Value">Payload.</param>
/// <param name="MessageId">The <c>message-id</c> header.</param>
/// <param name="Headers">All headers.</param>
/// <param name="Attempt">1 on first delivery to the handler, more when a failed handling is retried.</param>
public sealed record ReceivedMessage(
    string Topic, int Partition, long Offset, string Key, byte[] Value, string MessageId,
    IReadOnlyDictionary<string, string> Headers, int Attempt);

/// <summary>Header names the streams use.</summary>
public static class StreamHeaders
{
    /// <summary>The message id.</summary>
    public const string MessageId = "message-id";
    /// <summary>W3C trace context.</summary>
    public const string TraceParent = "traceparent";
    /// <summary>On a dead letter: why handling failed.</summary>
    public const string Error = "dlq-error";
    /// <summary>On a dead letter: topic, partition and offset it came from.</summary>
    public const string Origin = "dlq-origin";
    /// <summary>On a dead letter: how often handling or publishing was tried.</summary>
    public const string Attempts = "dlq-attempts";
    /// <summary>On a dead letter whose payload the dead-letter topic could not take either (too large): its size in bytes.</summary>
    public const string PayloadOmitted = "dlq-payload-omitted";
}
