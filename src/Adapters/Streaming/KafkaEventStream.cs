using System.Diagnostics;
using System.Text;
using Confluent.Kafka;
using Confluent.Kafka.Admin;

namespace Gateway.Adapters.Streaming;

/// <summary>
/// The stream on Kafka (Confluent.Kafka 2.16 over librdkafka.redist's own librdkafka): one shared idempotent producer
/// (<c>acks=all</c>, murmur2 key partitioning as the Java client does, so a flight key always maps to the same
/// partition), consumer groups with <c>enable.auto.offset.store=false</c> — an offset is stored only after the
/// handler returned, and committed by the auto-commit timer, on rebalance and on close — the message id and trace
/// context in headers, and the topic's <c>.dlq</c> topic as the dead-letter destination. Retries and dead-lettering are
/// <see cref="MessageHandling"/>'s, as on every backbone. Event values are in the Confluent Schema Registry wire
/// format when a registry is configured (<see cref="RegistryValueFormat"/>), else in the Avro single-object encoding
/// the outbox holds; handlers receive the single-object encoding either way.
/// </summary>
public sealed class KafkaEventStream : IEventStream
{
    private readonly StreamOptions _options;
    private readonly KafkaStreamOptions _kafka;
    private readonly IProducer<string, byte[]> _producer;
    private MessageHandling? _handling;
    private readonly RegistryValueFormat? _registry;
    private long _refusedCommits;
    private int _assigned;

    /// <summary>Connects the shared producer.</summary>
    public KafkaEventStream(StreamOptions options, KafkaStreamOptions kafka)
    {
        KafkaNative.EnsureLoaded();
        _options = options;
        _kafka = kafka;
        var config = new ProducerConfig(new Dictionary<string, string>(kafka.Producer))
        {
            BootstrapServers = kafka.BootstrapServers,
            EnableIdempotence = true,
            Acks = Acks.All,
            Partitioner = Confluent.Kafka.Partitioner.Murmur2Random,
        };
        if (!kafka.Producer.ContainsKey("message.timeout.ms")) config.MessageTimeoutMs = kafka.DeliveryTimeoutMs;
        var producer = new ProducerBuilder<string, byte[]>(config);
        if (kafka.SchemaRegistry.IsConfigured)
        {
            _registry = new RegistryValueFormat(kafka.SchemaRegistry);
            producer.SetValueSerializer(_registry);
        }
        _producer = producer.Build();
    }

    /// <summary>Retries, dead letters and their log (the same for every backbone; set it to log through the host's logger).</summary>
    public MessageHandling Handling
    {
        get => _handling ??= new MessageHandling(_options);
        init => _handling = value;
    }
    /// <summary>How event values are encoded on the topics (said at start-up).</summary>
    public string ValueEncoding => _registry?.Description ?? RegistryValueFormat.RegistryLessDescription;

    /// <summary>
    /// Offset commits the group coordinator refused (e.g. during a rebalance). The messages they covered are
    /// delivered again after the rebalance — at least once — so this bounds the duplicates consumers will see.
    /// </summary>
    public long RefusedCommits => Interlocked.Read(ref _refusedCommits);

    /// <summary>Partitions currently assigned to this stream's consumers (diagnostics: how a group shares a topic).</summary>
    public int AssignedPartitions => Volatile.Read(ref _assigned);

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
            AutoCommitIntervalMs = _kafka.CommitIntervalMs > 0 ? _kafka.CommitIntervalMs : 5000,
            EnableAutoOffsetStore = false,
            AutoOffsetReset = AutoOffsetReset.Earliest,
        };
        // A topic created after the subscription (auto-created by the first publish) is noticed at the next metadata
        // refresh; librdkafka's default of five minutes would leave a fresh deployment's workers idle that long.
        if (!_kafka.Consumer.ContainsKey("topic.metadata.refresh.interval.ms")) config.TopicMetadataRefreshIntervalMs = 30_000;
        var builder = new ConsumerBuilder<string, byte[]>(config);
        if (_registry is not null) builder.SetValueDeserializer(_registry);
        using var consumer = builder
            .SetPartitionsAssignedHandler((_, partitions) => { Interlocked.Add(ref _assigned, partitions.Count); })
            .SetPartitionsRevokedHandler((c, partitions) =>
            {
                CommitStored(c);
                Interlocked.Add(ref _assigned, -partitions.Count);
            })
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
                catch (KafkaException e) when (!e.Error.IsFatal)
                {
                    // Transient (broker moved, rebalance under way): librdkafka recovers by itself; keep polling.
                    continue;
                }
                if (result?.Message is null) continue;
                if (!Handle(result, handler, ct)) break; // cancelled mid-handling: not stored, so redelivered
                consumer.StoreOffset(result);
                // Committing each handled message before taking the next narrows redelivery after a rebalance or a
                // crash to the message in hand; a positive interval trades that for throughput (auto-commit timer).
                if (_kafka.CommitIntervalMs == 0) CommitStored(consumer);
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
        var received = new ReceivedMessage(result.Topic, result.Partition.Value, result.Offset.Value, result.Message.Key,
            result.Message.Value, id, headers, 1);
        // The consumer loop is this thread's own: waiting here keeps the partition's messages one at a time.
        return Handling.HandleAsync(received, handler, this, ct).GetAwaiter().GetResult();
    }

    /// <inheritdoc />
    /// <remarks>
    /// The dead-letter topic is the topic's name and <see cref="StreamOptions.DeadLetterSuffix"/>. When that topic
    /// refuses the message for good as well (it is too large for it too), the dead letter goes without its value and
    /// says so (<c>dlq-payload-omitted</c>: the size), so the reason is never lost with it.
    /// </remarks>
    public async Task DeadLetterAsync(DeadLetter letter, CancellationToken cancellationToken)
    {
        string topic = letter.Topic + _options.DeadLetterSuffix;
        var message = letter.WithHeaders();
        try
        {
            await PublishAsync(topic, message, cancellationToken).ConfigureAwait(false);
        }
        catch (KafkaException e) when (StreamErrors.IsPermanent(e) && message.Value.Length > 0)
        {
            var headers = new Dictionary<string, string>(message.Headers!, StringComparer.Ordinal)
            {
                [StreamHeaders.PayloadOmitted] = message.Value.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            await PublishAsync(topic, message with { Value = [], Headers = headers }, cancellationToken).ConfigureAwait(false);
        }
    }

    private void CommitStored(IConsumer<string, byte[]> consumer)
    {
        try
        {
            consumer.Commit();
        }
        catch (KafkaException e) when (!e.Error.IsFatal)
        {
            if (e.Error.Code != ErrorCode.Local_NoOffset) Interlocked.Increment(ref _refusedCommits);
            // Nothing stored since the last commit (Local_NoOffset), or the coordinator refused during the
            // rebalance: the new owner then resumes from the last commit and may see a message again (at least once).
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _producer.Flush(TimeSpan.FromSeconds(10));
        _producer.Dispose();
        _registry?.Dispose();
        return ValueTask.CompletedTask;
    }
}
