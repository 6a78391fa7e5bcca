using BenchmarkDotNet.Attributes;
using Gateway.Adapters.Streaming;
using Gateway.IntegrationTests.Streaming;
using Gateway.Schemas.Avro.Codecs;
using Gateway.TestSupport;

namespace Gateway.Benchmarks;

/// <summary>
/// Events per second through each stream: publish a batch of Avro ReportAccepted events (10 travellers, 2 KB)
/// over 12 flight keys and wait until one consumer-group member has handled them all. Time per event = 1 / throughput.
/// <c>dotnet run -c Release --project load/Benchmarks -- --filter *StreamThroughput* --job short --inProcess</c>
/// </summary>
[MemoryDiagnoser]
public class StreamThroughputBenchmarks
{
    private const int Batch = 2000;
    private readonly StreamOptions _options = new() { Partitions = 6 };
    private KafkaMockCluster? _cluster;
    private IEventStream _stream = null!;
    private CancellationTokenSource _stop = null!;
    private Task _consumer = null!;
    private byte[] _value = null!;
    private int _handled;
    private int _round;

    [Params("embedded", "kafka-mock")]
    public string Stream { get; set; } = "embedded";

    [GlobalSetup]
    public void Setup()
    {
        _value = ReportAcceptedCodec.Instance.Encode(SampleEvents.Report(10));
        if (Stream == "embedded")
        {
            _stream = new EmbeddedEventStream(_options);
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
        var sends = new Task[Batch];
        for (int i = 0; i < Batch; i++)
            sends[i] = _stream.PublishAsync("bench", new StreamMessage("KE09" + (i % 12), _value, $"{round}-{i}"));
        await Task.WhenAll(sends);
        while (Volatile.Read(ref _handled) < target) await Task.Delay(1);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _stop.Cancel();
        _consumer.GetAwaiter().GetResult();
        _stream.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _cluster?.Dispose();
        _stop.Dispose();
    }
}
