using System.Buffers;
using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.Adapters.Events;

namespace Gateway.Adapters.Streaming;

/// <summary>
/// The service's embedded stream: the transactional outbox in the local store is the log. Publishing appends a row;
/// consuming reads unsent rows in sequence order, hands each to the handler and marks it sent only after the handler
/// returned, so delivery is at least once, in order (one partition: the outbox sequence), and survives restarts and
/// crashes because every message is a committed row. "Sent" is the one consumer group's committed offset, so this
/// stream serves one group per store; a second member (another process on a shared store) only adds redeliveries,
/// which consumers absorb through their processed marks. Retries and dead letters go through <see cref="MessageHandling"/>;
/// a message given up is parked as a <c>dead-letter</c> document (the store is this stream's dead-letter topic) and the
/// log moves on.
/// </summary>
public sealed class OutboxEventStream : IEventStream
{
    private readonly IGatewayStore _store;
    private readonly OutboxSignal _signal;
    private readonly Action<long>? _backlog;
    private readonly SemaphoreSlim _member = new(1, 1);

    /// <summary>Creates the stream over a store.</summary>
    /// <param name="store">The store whose outbox is the log.</param>
    /// <param name="options">Attempts before a dead letter, retry delay.</param>
    /// <param name="signal">Woken when rows are committed.</param>
    /// <param name="backlog">Told the number of unhandled rows at every read (the API's backpressure).</param>
    public OutboxEventStream(IGatewayStore store, StreamOptions options, OutboxSignal signal, Action<long>? backlog = null)
    {
        _store = store;
        _signal = signal;
        _backlog = backlog;
        Handling = new MessageHandling(options);
    }

    /// <summary>Retries, dead letters and their log (set it to log through the host's logger).</summary>
    public MessageHandling Handling { get; init; }

    /// <summary>Rows read per round.</summary>
    public int BatchSize { get; init; } = 100;

    /// <summary>How often the outbox is read when nobody wakes the stream.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Called when the store fails while reading or marking (the stream retries after a pause).</summary>
    public Action<Exception>? StoreFailed { get; init; }

    /// <inheritdoc />
    public async Task PublishAsync(string topic, StreamMessage message, CancellationToken cancellationToken = default)
    {
        var batch = new WriteBatch();
        batch.Outbox.Add(new OutboxRecord(0, topic, message.Key, message.Value, DateTimeOffset.UtcNow));
        await _store.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
        _signal.Wake();
    }

    /// <inheritdoc />
    public async Task ConsumeAsync(string topic, string group, Func<ReceivedMessage, CancellationToken, Task> handler, CancellationToken cancellationToken)
    {
        try
        {
            // One member at a time in this process: a second one waits and takes over when the first stops.
            await _member.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var next = _signal.Next;
                if (!await RoundAsync(topic, handler, cancellationToken).ConfigureAwait(false))
                    await OutboxSignal.WaitAsync(next, PollInterval, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: rows not marked are delivered again at the next start.
        }
        finally
        {
            _member.Release();
        }
    }

    private async Task<bool> RoundAsync(string topic, Func<ReceivedMessage, CancellationToken, Task> handler, CancellationToken ct)
    {
        IReadOnlyList<OutboxRecord> pending;
        try
        {
            pending = await _store.GetPendingOutboxAsync(BatchSize, ct).ConfigureAwait(false);
            _backlog?.Invoke(pending.Count < BatchSize ? pending.Count : await _store.CountPendingOutboxAsync(ct).ConfigureAwait(false));
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            StoreFailed?.Invoke(e);
            await Task.Delay(TimeSpan.FromSeconds(1), ct).ConfigureAwait(false);
            return true;
        }
        var handled = new List<long>(pending.Count);
        try
        {
            foreach (var row in pending)
            {
                // The outbox is the one log of every topic, and on the embedded stream only the consumed topic has a
                // consumer: a row of another topic is delivered to nobody, so it is marked and the log moves on (on
                // Kafka the relay publishes it to its topic instead). The row stays in the store until retention.
                if (!string.Equals(row.Topic, topic, StringComparison.Ordinal))
                {
                    handled.Add(row.Sequence);
                    continue;
                }
                await HandleAsync(row, handler, ct).ConfigureAwait(false);
                handled.Add(row.Sequence);
            }
        }
        finally
        {
            await MarkAsync(handled).ConfigureAwait(false);
        }
        return handled.Count > 0;
    }

    private async Task MarkAsync(List<long> handled)
    {
        if (handled.Count == 0) return;
        try
        {
            // Not cancellable: what was handled is marked even while stopping, to spare redeliveries.
            await _store.MarkSentAsync(handled, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // Unmarked rows are delivered again; the handler's processed marks make that harmless.
            StoreFailed?.Invoke(e);
        }
    }

    private async Task HandleAsync(OutboxRecord row, Func<ReceivedMessage, CancellationToken, Task> handler, CancellationToken ct)
    {
        string id = EventEnvelope.EventId(row.Payload) ?? "outbox-" + row.Sequence;
        var headers = new Dictionary<string, string>(StringComparer.Ordinal) { [StreamHeaders.MessageId] = id };
        var received = new ReceivedMessage(row.Topic, 0, row.Sequence, row.Key, row.Payload, id, headers, 1);
        if (!await Handling.HandleAsync(received, handler, this, ct).ConfigureAwait(false)) throw new OperationCanceledException(ct);
    }

    /// <inheritdoc />
    /// <remarks>The outbox's dead-letter topic is the store: a <c>dead-letter</c> document keyed by the message's origin.</remarks>
    public async Task DeadLetterAsync(DeadLetter letter, CancellationToken cancellationToken)
    {
        var batch = new WriteBatch();
        batch.Documents.Add(new DocumentRecord(DeadLetterKind, letter.Origin, "-", DateTimeOffset.UtcNow, DeadLetterJson(letter)));
        await _store.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The store's document kind for dead letters.</summary>
    public const string DeadLetterKind = "dead-letter";

    private static string DeadLetterJson(DeadLetter letter)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("topic", letter.Topic);
            w.WriteString("key", letter.Message.Key);
            w.WriteString("messageId", letter.Message.MessageId);
            w.WriteString(StreamHeaders.Error, letter.Reason);
            w.WriteString(StreamHeaders.Origin, letter.Origin);
            w.WriteNumber(StreamHeaders.Attempts, letter.Attempts);
            w.WriteBase64String("payload", letter.Message.Value);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _member.Dispose();
        return ValueTask.CompletedTask;
    }
}
