using System.Diagnostics;
using System.Text;
using Confluent.Kafka;
using Confluent.Kafka.Admin;

namespace Gateway.Adapters.Streaming;

/// <summary>
/// The stream on Kafka (Confluent.Kafka 1.9.3 over Debian's librdkafka): one shared idempotent producer
/// (<c>acks=all</c>, murmur2 key partitioning as the Java client does, so a flight key always maps to the same
/// partition), consumer groups with <c>enable.auto.offset.store=false</c> — an offset is stored only after the
/// handler returned, and committed by the auto-commit timer, on rebalance and on close — retries and a dead-letter
/// topic, and the message id and trace context in headers.
/// </summary>
public sealed class KafkaEventStream : IEventStream
{
    private readonly StreamOptions _options;
    private readonly KafkaStreamOptions _kafka;
    private readonly IProducer<string, byte[]> _producer;

    /// <summary>Connects the shared producer.</summary>
    public KafkaEventStream(StreamOptions options, KafkaStreamOptions kafka)
    {
        _options = options;
        _kafka = kafka;
        var config = new ProducerConfig(new Dictionary<string, string>(kafka.Producer))
        {
            BootstrapServers = kafka.BootstrapServers,
            EnableIdempotence = true,
            Acks = Acks.All,
            Partitioner = Confluent.Kafka.Partitioner.Murmur2Random,
        };
        _producer = new ProducerBuilder<string, byte[]>(config).Build();
    }

    /// <summary>Creates topics (and their dead-letter topics) with the configured partitions; existing ones are kept.</summary>
    public async Task EnsureTopicsAsync(IEnumerable<string> topics)
    {
        using var admin = new DependentAdminClientBuilder(_producer.Handle).Build();
        var specs = topics.SelectMany(t => new[] { t, t + _options.DeadLetterSuffix })
            .Select(t => new TopicSpecification { Name = t, NumPartitions = _options.Partitions, ReplicationFactor = _kafka.ReplicationFactor })
            .ToList();
        try
        {
            await admin.CreateTopicsAsync(specs).ConfigureAwait(false);
        }
        catch (CreateTopicsException e) when (e.Results.All(r => r.Error.Code is ErrorCode.NoError or ErrorCode.TopicAlreadyExists))
        {
            // Already there: nothing to do.
        }
    }

    /// <inheritdoc />
    public async Task PublishAsync(string topic, StreamMessage message, CancellationToken cancellationToken = default)
    {
        var headers = new Headers { { StreamHeaders.MessageId, Encoding.UTF8.GetBytes(message.MessageId) } };
        bool hasTrace = false;
        foreach (var (name, value) in message.Headers ?? new Dictionary<string, string>())
        {
            if (name == StreamHeaders.MessageId) continue;
            hasTrace |= name == StreamHeaders.TraceParent;
            headers.Add(name, Encoding.UTF8.GetBytes(value));
        }
        if (!hasTrace && Activity.Current?.Id is { } traceParent) headers.Add(StreamHeaders.TraceParent, Encoding.UTF8.GetBytes(traceParent));
        await _producer.ProduceAsync(topic, new Message<string, byte[]> { Key = message.Key, Value = message.Value, Headers = headers }, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task ConsumeAsync(string topic, string group, Func<ReceivedMessage, CancellationToken, Task> handler, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(() => ConsumeLoop(topic, group, handler, cancellationToken), cancellationToken,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void ConsumeLoop(string topic, string group, Func<ReceivedMessage, CancellationToken, Task> handler, CancellationToken ct)
    {
        var config = new ConsumerConfig(new Dictionary<string, string>(_kafka.Consumer))
        {
            BootstrapServers = _kafka.BootstrapServers,
            GroupId = group,
            EnableAutoCommit = true,
            EnableAutoOffsetStore = false,
            AutoOffsetReset = AutoOffsetReset.Earliest,
        };
        using var consumer = new ConsumerBuilder<string, byte[]>(config)
            .SetPartitionsRevokedHandler((c, _) => CommitStored(c))
            .Build();
        consumer.Subscribe(topic);
        try
        {
            while (!ct.IsCancellationRequested)
            {
                ConsumeResult<string, byte[]> result;
                try
                {
                    result = consumer.Consume(ct);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                if (result?.Message is null) continue;
                if (!Handle(result, handler, ct)) break; // cancelled mid-handling: not stored, so redelivered
                consumer.StoreOffset(result);
            }
        }
        finally
        {
            consumer.Close(); // commits stored offsets and leaves the group, so the partitions move at once
        }
    }

    private bool Handle(ConsumeResult<string, byte[]> result, Func<ReceivedMessage, CancellationToken, Task> handler, CancellationToken ct)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var h in result.Message.Headers ?? []) headers[h.Key] = Encoding.UTF8.GetString(h.GetValueBytes());
        string id = headers.GetValueOrDefault(StreamHeaders.MessageId) ?? $"{result.Topic}/{result.Partition.Value}/{result.Offset.Value}";
        for (int attempt = 1; ; attempt++)
        {
            var received = new ReceivedMessage(result.Topic, result.Partition.Value, result.Offset.Value, result.Message.Key,
                result.Message.Value, id, headers, attempt);
            try
            {
                handler(received, ct).GetAwaiter().GetResult();
                return true;
            }
            catch (Exception) when (ct.IsCancellationRequested)
            {
                return false;
            }
            catch (Exception e) when (attempt >= _options.MaxAttempts)
            {
                var original = new StreamMessage(result.Message.Key, result.Message.Value, id, headers);
                var dead = EmbeddedEventStream.DeadLetter(original, e, result.Topic, result.Partition.Value, result.Offset.Value);
                PublishAsync(result.Topic + _options.DeadLetterSuffix, dead, CancellationToken.None).GetAwaiter().GetResult();
                return true;
            }
            catch (Exception)
            {
                if (ct.WaitHandle.WaitOne(_options.RetryDelay)) return false;
            }
        }
    }

    private static void CommitStored(IConsumer<string, byte[]> consumer)
    {
        try
        {
            consumer.Commit();
        }
        catch (KafkaException e) when (e.Error.Code == ErrorCode.Local_NoOffset)
        {
            // Nothing stored since the last commit.
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _producer.Flush(TimeSpan.FromSeconds(10));
        _producer.Dispose();
        return ValueTask.CompletedTask;
    }
}
