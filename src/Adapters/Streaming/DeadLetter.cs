namespace Gateway.Adapters.Streaming;

/// <summary>
/// A message that could not be handled or published, on its way to its backbone's one dead-letter destination (the
/// topic's <c>.dlq</c> topic on Kafka and in memory, a <c>dead-letter</c> document in the store for the outbox stream).
/// </summary>
/// <param name="Topic">The topic the message was on, or was meant for.</param>
/// <param name="Message">The message as it was (key, value, id, headers).</param>
/// <param name="Reason">Why: the error and its causes (<see cref="StreamErrors.Reason"/>).</param>
/// <param name="Origin">Where it came from: <c>topic/partition/offset</c>, or <c>outbox/sequence</c> for a publish that failed.</param>
/// <param name="Attempts">How often it was tried before it was given up (1 for a permanent error).</param>
public sealed record DeadLetter(string Topic, StreamMessage Message, string Reason, string Origin, int Attempts)
{
    /// <summary>The dead letter of a delivered message that failed.</summary>
    public static DeadLetter Of(ReceivedMessage message, Exception error, int attempts) =>
        new(message.Topic, new StreamMessage(message.Key, message.Value, message.MessageId, message.Headers), StreamErrors.Reason(error),
            $"{message.Topic}/{message.Partition}/{message.Offset}", attempts);

    /// <summary>The message with the reason, origin and attempts added as <c>dlq-*</c> headers.</summary>
    public StreamMessage WithHeaders()
    {
        var headers = new Dictionary<string, string>(Message.Headers ?? new Dictionary<string, string>(), StringComparer.Ordinal)
        {
            [StreamHeaders.Error] = Reason,
            [StreamHeaders.Origin] = Origin,
            [StreamHeaders.Attempts] = Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Message with { Headers = headers };
    }
}
