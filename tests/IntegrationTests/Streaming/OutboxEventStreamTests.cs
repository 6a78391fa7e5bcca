using System.Collections.Concurrent;
using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.Adapters.Streaming;
using Gateway.IntegrationTests.Storage;

namespace Gateway.IntegrationTests.Streaming;

/// <summary>The embedded stream whose log is the outbox of a real SQLite store.</summary>
public sealed class OutboxEventStreamTests : SqliteStoreTest
{
    private OutboxEventStream NewStream(OutboxSignal signal) =>
        new(Store, new StreamOptions { MaxAttempts = 2, RetryDelay = TimeSpan.FromMilliseconds(5) }, signal) { PollInterval = TimeSpan.FromMilliseconds(50) };

    private static async Task Until(Func<bool> condition, string what) => await KafkaOutageTests.Until(() => Task.FromResult(condition()), what);

    [Fact]
    public async Task A_poison_message_is_parked_as_a_dead_letter_and_the_messages_after_it_are_still_delivered_in_order()
    {
        var signal = new OutboxSignal();
        await using var stream = NewStream(signal);
        foreach (var (value, id) in new[] { ("ok-1", "a"), ("poison", "b"), ("ok-2", "c") })
            await stream.PublishAsync("reports", new StreamMessage("KE0902", System.Text.Encoding.UTF8.GetBytes(value), id));

        var handled = new ConcurrentQueue<string>();
        var attempts = new ConcurrentDictionary<string, int>();
        using var stop = new CancellationTokenSource();
        var consumer = stream.ConsumeAsync("reports", "screening", (m, _) =>
        {
            string value = System.Text.Encoding.UTF8.GetString(m.Value);
            attempts.AddOrUpdate(value, 1, (_, n) => n + 1);
            if (value == "poison") throw new InvalidDataException("cannot decode");
            handled.Enqueue(value);
            return Task.CompletedTask;
        }, stop.Token);
        await Until(() => handled.Count == 2, "the good messages");
        await KafkaOutageTests.Until(async () => await Store.CountPendingOutboxAsync(CancellationToken.None) == 0, "every row marked");
        await stop.CancelAsync();
        await consumer;

        Assert.Equal(["ok-1", "ok-2"], handled);
        Assert.Equal(2, attempts["poison"]); // MaxAttempts
        var letter = Assert.Single(await Store.ListDocumentsAsync("dead-letter", null, 10, CancellationToken.None));
        using var json = JsonDocument.Parse(letter.Json);
        Assert.Contains("cannot decode", json.RootElement.GetProperty(StreamHeaders.Error).GetString(), StringComparison.Ordinal);
        Assert.Equal("poison"u8.ToArray(), json.RootElement.GetProperty("payload").GetBytesFromBase64());
        Assert.Equal("KE0902", json.RootElement.GetProperty("key").GetString());
    }

    [Fact]
    public async Task A_message_whose_handler_was_interrupted_is_delivered_again_after_a_restart()
    {
        var signal = new OutboxSignal();
        await using (var stream = NewStream(signal))
        {
            await stream.PublishAsync("reports", new StreamMessage("KE0902", "first"u8.ToArray(), "a"));
            using var stop = new CancellationTokenSource();
            var entered = new TaskCompletionSource();
            var consumer = stream.ConsumeAsync("reports", "screening", async (_, ct) =>
            {
                entered.TrySetResult();
                await Task.Delay(Timeout.Infinite, ct); // the process stops mid-handling
            }, stop.Token);
            await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await stop.CancelAsync();
            await consumer;
        }
        Assert.Equal(1, await Store.CountPendingOutboxAsync(CancellationToken.None)); // not marked: it was never fully handled

        await using var again = NewStream(signal);
        var handled = new ConcurrentQueue<string>();
        using var stop2 = new CancellationTokenSource();
        var second = again.ConsumeAsync("reports", "screening", (m, _) => { handled.Enqueue(m.MessageId); return Task.CompletedTask; }, stop2.Token);
        await Until(() => !handled.IsEmpty, "the redelivery");
        await stop2.CancelAsync();
        await second;
        Assert.Equal(["outbox-1"], handled); // not an Avro event, so its id is its position in the outbox
    }
}
