using System.Net;
using System.Text;
using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.Adapters.Streaming;
using Gateway.IntegrationTests.Service;
using Gateway.IntegrationTests.Streaming;
using Gateway.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.IntegrationTests.Pipeline;

/// <summary>The service on its embedded defaults meets an event it cannot decode.</summary>
public sealed class PoisonEventTests
{
    [Fact]
    public async Task An_undecodable_event_is_dead_lettered_at_once_with_the_reason_and_the_events_after_it_are_handled()
    {
        string data = Directory.CreateTempSubdirectory("gateway-poison-").FullName;
        try
        {
            await using var server = await GatewayServer.StartAsync(data, new TestClock(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero)));
            var store = server.Services.GetRequiredService<IGatewayStore>();
            var poison = new WriteBatch();
            poison.Outbox.Add(new OutboxRecord(0, PipelineEvents.Topic, "KE:KE0702", "not an event"u8.ToArray(), DateTimeOffset.UtcNow));
            await store.CommitAsync(poison, CancellationToken.None);
            using var client = server.Client();
            var list = ServiceTests.List("TX-P", ServiceTests.Passenger("PARK", "SOYEON", "1995-07-07", "KOR", "M11112222", "2032-01-15", "KOR", "081"));
            var posted = await client.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative), new StringContent(list, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);

            var consumer = server.Services.GetRequiredService<ScreeningConsumer>();
            await KafkaOutageTests.Until(async () => consumer.Handled == 1 && await store.CountPendingOutboxAsync(CancellationToken.None) == 0,
                "the list after the poison event handled and every row marked");

            var letter = Assert.Single(await store.ListDocumentsAsync(OutboxEventStream.DeadLetterKind, null, 10, CancellationToken.None));
            using var json = JsonDocument.Parse(letter.Json);
            Assert.Equal(1, json.RootElement.GetProperty(StreamHeaders.Attempts).GetInt32()); // Gateway:Stream:MaxAttempts is 5: not retried
            Assert.StartsWith("PermanentMessageException: the event cannot be decoded <- ",
                json.RootElement.GetProperty(StreamHeaders.Error).GetString(), StringComparison.Ordinal);
            Assert.Equal("not an event"u8.ToArray(), json.RootElement.GetProperty("payload").GetBytesFromBase64());
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
