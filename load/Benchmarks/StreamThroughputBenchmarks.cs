using BenchmarkDotNet.Attributes;
using Gateway.Adapters.Storage;
using Gateway.Adapters.Streaming;
using Gateway.IntegrationTests.Streaming;
using Gateway.Adapters.Events;
using Gateway.TestSupport;

namespace Gateway.Benchmarks;

/// <summary>
/// Events per second through each stream: publish a batch of Avro ReportAccepted events (10 travellers, 2 KB)
/// over 12 flight keys and wait until one consumer-group member has handled them all. Time per event = 1 / throughput.
/// <c>outbox-sqlite</c> is the service's embedded stream: the batch is committed to the SQLite outbox in one
/// transaction (as the group committer writes submissions) and consumed by <see cref="OutboxEventStream"/>, which marks
/// rows sent per round of 100.
/// <c>dotnet run -c Release --project load/Benchmarks -- --filter *StreamThroughput* --job short --inProcess</c>
/// </summary>
[MemoryDiagnoser]
public class StreamThroughputBenchmarks
{
    private const int Batch = 2000;
    private readonly StreamOptions _options = new() { Partitions = 6 };
    private KafkaMockCluster? _cluster;
    private SqlGatewayStore? _store;
    private string? _data;
    private IEventStream _stream = null!;
    private CancellationTokenSource _stop = null!;
    private Task _consumer = null!;
    private byte[] _value = null!;
    private int _handled;
    private int _round;

    [Params("embedded", "outbox-sqlite", "kafka-mock")]
    public string Stream { get; set; } = "embedded";

    [GlobalSetup]
    public void Setup()
    {
        _value = EventCodec<kr.go.immigration.gateway.events.ReportAccepted>.Instance.Encode(SampleEvents.Report(10));
        if (Stream == "embedded")
        {
            _stream = new EmbeddedEventStream(_options);
        }
        else if (Stream == "outbox-sqlite")
        {
            _data = Directory.CreateTempSubdirectory("bench-outbox-").FullName;
            _store = new SqlGatewayStore(new SqliteDialect(Path.Combine(_data, "gateway.db")));
            _store.MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
            _stream = new OutboxEventStream(_store, _options, new OutboxSignal()) { PollInterval = TimeSpan.FromMilliseconds(5) };
        }
        else
        {
            _cluster = new KafkaMockCluster();
            _cluster.CreateTopics("bench");
            _stream = new KafkaEventStream(_options, new KafkaStreamOptions { BootstrapServers = _cluster.BootstrapServers, CommitIntervalMs = 1000 });
        }
        _stop = new CancellationTokenSource();
        _consumer = _stream.ConsumeAsync("bench", "bench", (_, _) =>
        {
            Interlocked.Increment(ref _handled);
            return Task.CompletedTask;
        }, _stop.Token);
        PublishAndWait().GetAwaiter().GetResult(); // group joined and warm
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public Task PublishAndConsume() => PublishAndWait();

    private async Task PublishAndWait()
    {
        int target = Volatile.Read(ref _handled) + Batch;
        int round = Interlocked.Increment(ref _round);
        if (_store is not null)
        {
            var batch = new WriteBatch();
            for (int i = 0; i < Batch; i++) batch.Outbox.Add(new OutboxRecord(0, "bench", "KE09" + (i % 12), _value, DateTimeOffset.UtcNow));
            await _store.CommitAsync(batch, CancellationToken.None);
        }
        else
        {
            var sends = new Task[Batch];
            for (int i = 0; i < Batch; i++)
                sends[i] = _stream.PublishAsync("bench", new StreamMessage("KE09" + (i % 12), _value, $"{round}-{i}"));
            await Task.WhenAll(sends);
        }
        while (Volatile.Read(ref _handled) < target) await Task.Delay(1);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _stop.Cancel();
        _consumer.GetAwaiter().GetResult();
        _stream.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _cluster?.Dispose();
        _store?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        if (_data is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_data, recursive: true);
        }
        _stop.Dispose();
    }
}
