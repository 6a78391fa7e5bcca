using System.Collections.Concurrent;
using System.Text;
using Gateway.Adapters.Streaming;

namespace Gateway.UnitTests.Streaming;

public sealed class EmbeddedEventStreamTests
{
    private static readonly StreamOptions Options = new() { Partitions = 4, MaxAttempts = 3, RetryDelay = TimeSpan.Zero };

    internal static async Task Until(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("gave up waiting: " + what);
            await Task.Delay(5);
        }
    }

    private static StreamMessage Message(string key, int seq) => new(key, Encoding.UTF8.GetBytes($"{key}:{seq}"), $"{key}-{seq}");

    [Fact]
    public async Task Messages_of_one_key_arrive_in_publish_order_across_group_members()
    {
        await using var stream = new EmbeddedEventStream(Options);
        for (int i = 0; i < 20; i++)
        {
            for (int k = 0; k < 6; k++) await stream.PublishAsync("t", Message("K" + k, i));
        }
        var seen = new ConcurrentQueue<(string Member, string Value)>();
        using var cts = new CancellationTokenSource();
        var members = new[] { "A", "B" }.Select(name => stream.ConsumeAsync("t", "g",
            async (m, ct) => { await Task.Yield(); seen.Enqueue((name, Encoding.UTF8.GetString(m.Value))); }, cts.Token)).ToList();
        await Until(() => seen.Count == 120, "all messages");
        await cts.CancelAsync();
        await Task.WhenAll(members);

        Assert.Equal(120, seen.Select(s => s.Value).Distinct().Count());
        foreach (var key in seen.GroupBy(s => s.Value.Split(':')[0]))
            Assert.Equal(Enumerable.Range(0, 20), key.Select(s => int.Parse(s.Value.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Each_group_gets_every_message_independently()
    {
        await using var stream = new EmbeddedEventStream(Options);
        for (int i = 0; i < 10; i++) await stream.PublishAsync("t", Message("K", i));
        var a = new ConcurrentQueue<string>();
        var b = new ConcurrentQueue<string>();
        using var cts = new CancellationTokenSource();
        var ca = stream.ConsumeAsync("t", "screening", (m, _) => { a.Enqueue(m.MessageId); return Task.CompletedTask; }, cts.Token);
        var cb = stream.ConsumeAsync("t", "audit", (m, _) => { b.Enqueue(m.MessageId); return Task.CompletedTask; }, cts.Token);
        await Until(() => a.Count == 10 && b.Count == 10, "both groups");
        await cts.CancelAsync();
        await Task.WhenAll(ca, cb);
        Assert.Equal(a, b);
    }

    [Fact]
    public async Task A_message_whose_handler_was_interrupted_is_delivered_again_to_the_group()
    {
        await using var stream = new EmbeddedEventStream(Options);
        await stream.PublishAsync("t", Message("K", 0));
        await stream.PublishAsync("t", Message("K", 1));
        using var first = new CancellationTokenSource();
        var started = new TaskCompletionSource();
        var c1 = stream.ConsumeAsync("t", "g", async (m, ct) =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct); // the process stops mid-handling
        }, first.Token);
        await started.Task;
        await first.CancelAsync();
        await c1;

        var handled = new ConcurrentQueue<string>();
        using var second = new CancellationTokenSource();
        var c2 = stream.ConsumeAsync("t", "g", (m, _) => { handled.Enqueue(m.MessageId); return Task.CompletedTask; }, second.Token);
        await Until(() => handled.Count == 2, "redelivery");
        await second.CancelAsync();
        await c2;
        Assert.Equal(["K-0", "K-1"], handled);
    }

    [Fact]
    public async Task Failing_handler_is_retried_then_the_message_is_dead_lettered_and_the_key_moves_on()
    {
        await using var stream = new EmbeddedEventStream(Options);
        await stream.PublishAsync("t", Message("K", 0));
        await stream.PublishAsync("t", new StreamMessage("K", "poison"u8.ToArray(), "bad"));
        await stream.PublishAsync("t", Message("K", 2));
        var attempts = new ConcurrentQueue<int>();
        var handled = new ConcurrentQueue<string>();
        using var cts = new CancellationTokenSource();
        var c = stream.ConsumeAsync("t", "g", (m, _) =>
        {
            if (m.MessageId == "bad")
            {
                attempts.Enqueue(m.Attempt);
                throw new FormatException("unreadable");
            }
            handled.Enqueue(m.MessageId);
            return Task.CompletedTask;
        }, cts.Token);
        await Until(() => handled.Count == 2, "the good messages");
        await cts.CancelAsync();
        await c;

        Assert.Equal(["K-0", "K-2"], handled);
        Assert.Equal([1, 2, 3], attempts);
        var dead = Assert.Single(stream.Messages("t.dlq"));
        Assert.Equal("bad", dead.MessageId);
        Assert.Contains("unreadable", dead.Headers![StreamHeaders.Error], StringComparison.Ordinal);
    }
}
