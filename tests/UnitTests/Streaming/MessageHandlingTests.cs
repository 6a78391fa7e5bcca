using System.Collections.Concurrent;
using System.Text;
using Confluent.Kafka;
using Gateway.Adapters.Streaming;

namespace Gateway.UnitTests.Streaming;

/// <summary>
/// The one handling mechanism every backbone uses (shown on the embedded stream): a permanent failure is dead-lettered at
/// once with its reason, a transient one is retried and may then succeed, and the classification behind it.
/// </summary>
public sealed class MessageHandlingTests
{
    private static readonly StreamOptions Options = new() { Partitions = 2, MaxAttempts = 4, RetryDelay = TimeSpan.Zero };

    /// <summary>Publishes one message, consumes it with <paramref name="handler"/> until it is handled or dead-lettered.</summary>
    private static async Task<(ConcurrentQueue<int> Attempts, IReadOnlyList<StreamMessage> Dead, bool Handled)> RunAsync(Func<int, Exception?> handler)
    {
        await using var stream = new EmbeddedEventStream(Options);
        await stream.PublishAsync("t", new StreamMessage("K", "payload"u8.ToArray(), "m-1"));
        var attempts = new ConcurrentQueue<int>();
        bool handled = false;
        using var cts = new CancellationTokenSource();
        var consumer = stream.ConsumeAsync("t", "g", (m, _) =>
        {
            attempts.Enqueue(m.Attempt);
            if (handler(m.Attempt) is { } failure) throw failure;
            handled = true;
            return Task.CompletedTask;
        }, cts.Token);
        await EmbeddedEventStreamTests.Until(() => handled || stream.Messages("t.dlq").Count > 0, "the message handled or dead-lettered");
        await cts.CancelAsync();
        await consumer;
        return (attempts, stream.Messages("t.dlq"), handled);
    }

    [Fact]
    public async Task A_permanent_failure_is_dead_lettered_at_once_with_the_reason()
    {
        var (attempts, dead, handled) = await RunAsync(_ =>
            new PermanentMessageException("the event cannot be decoded", new FormatException("unknown schema fingerprint 0x1234")));

        Assert.False(handled);
        Assert.Equal([1], attempts); // not retried, although MaxAttempts is 4
        var letter = Assert.Single(dead);
        Assert.Equal(("m-1", "payload"), (letter.MessageId, Encoding.UTF8.GetString(letter.Value)));
        Assert.Equal("PermanentMessageException: the event cannot be decoded <- FormatException: unknown schema fingerprint 0x1234",
            letter.Headers![StreamHeaders.Error]);
        Assert.Equal(("t/", "1"), (letter.Headers[StreamHeaders.Origin][..2], letter.Headers[StreamHeaders.Attempts]));
    }

    [Fact]
    public async Task A_transient_failure_is_retried_and_then_succeeds()
    {
        var (attempts, dead, handled) = await RunAsync(attempt => attempt < 3 ? new TimeoutException("the store did not answer") : null);

        Assert.True(handled);
        Assert.Equal([1, 2, 3], attempts);
        Assert.Empty(dead);
    }

    [Fact]
    public async Task A_transient_failure_that_never_clears_is_dead_lettered_after_max_attempts_with_the_count()
    {
        var (attempts, dead, handled) = await RunAsync(_ => new TimeoutException("the store did not answer"));

        Assert.False(handled);
        Assert.Equal([1, 2, 3, 4], attempts);
        var letter = Assert.Single(dead);
        Assert.Equal("4", letter.Headers![StreamHeaders.Attempts]);
        Assert.Contains("the store did not answer", letter.Headers[StreamHeaders.Error], StringComparison.Ordinal);
    }

    public static TheoryData<string, Exception, bool> Classified => new()
    {
        { "declared permanent by whoever met it", new PermanentMessageException("rejected"), true },
        { "declared permanent, wrapped by a caller", new InvalidOperationException("publish failed", new PermanentMessageException("rejected")), true },
        { "the broker refuses the size", new ProduceException<string, byte[]>(new Error(ErrorCode.MsgSizeTooLarge, "Broker: Message size too large"), new DeliveryResult<string, byte[]>()), true },
        { "the serializer refused the value", new ProduceException<string, byte[]>(new Error(ErrorCode.Local_ValueSerialization, "Local: Value serialization error"),
            new DeliveryResult<string, byte[]>(), new InvalidDataException("no field 'flightKey'")), true },
        { "the serializer could not reach the registry", new ProduceException<string, byte[]>(new Error(ErrorCode.Local_ValueSerialization, "Local: Value serialization error"),
            new DeliveryResult<string, byte[]>(), new HttpRequestException("connection refused")), false },
        { "the registry answered 503", new ProduceException<string, byte[]>(new Error(ErrorCode.Local_ValueSerialization, "Local: Value serialization error"),
            new DeliveryResult<string, byte[]>(), new HttpRequestException("unavailable", null, System.Net.HttpStatusCode.ServiceUnavailable)), false },
        { "the registry answered 422 (schema invalid)", new ProduceException<string, byte[]>(new Error(ErrorCode.Local_ValueSerialization, "Local: Value serialization error"),
            new DeliveryResult<string, byte[]>(), new HttpRequestException("invalid schema", null, System.Net.HttpStatusCode.UnprocessableEntity)), true },
        { "delivery timed out: brokers down", new ProduceException<string, byte[]>(new Error(ErrorCode.Local_MsgTimedOut, "Local: Message timed out"), new DeliveryResult<string, byte[]>()), false },
        { "the store is down", new TimeoutException("no answer"), false },
        { "an unknown failure is retried up to its limit", new InvalidDataException("cannot parse"), false },
    };

    // Every Error is made with its reason: without one, Confluent.Kafka asks the native library for it (no native code in unit tests).
    [Theory]
    [MemberData(nameof(Classified))]
    public void Permanent_and_transient_failures_are_told_apart(string why, Exception error, bool permanent) =>
        Assert.True(StreamErrors.IsPermanent(error) == permanent, why);
}
