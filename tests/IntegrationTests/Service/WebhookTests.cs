using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.IntegrationTests.Service;

/// <summary>Unsolicited status changes reach a carrier's webhook, signed, in order, retried until the carrier takes them.</summary>
public sealed class WebhookTests
{
    private sealed record Received(long Sequence, string? Signature, byte[] Body, int Answer);

    [Fact]
    public async Task A_status_change_is_posted_signed_to_the_carriers_webhook_and_retried_until_it_is_taken()
    {
        // The carrier's endpoint: refuses the first two posts (its system restarting), then takes them.
        var received = new ConcurrentQueue<Received>();
        int calls = 0;
        var endpoint = WebApplication.CreateSlimBuilder();
        endpoint.WebHost.UseUrls("http://127.0.0.1:0");
        await using var receiver = endpoint.Build();
        receiver.MapPost("/hooks/gateway", async (HttpContext http) =>
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer);
            int answer = Interlocked.Increment(ref calls) <= 2 ? 503 : 204;
            received.Enqueue(new Received(long.Parse(http.Request.Headers["X-Gateway-Sequence"]!, System.Globalization.CultureInfo.InvariantCulture),
                http.Request.Headers["X-Gateway-Signature"], buffer.ToArray(), answer));
            return Results.StatusCode(answer);
        });
        await receiver.StartAsync();
        string hook = receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hooks/gateway";

        var clock = new TestClock(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));
        string data = Directory.CreateTempSubdirectory("gateway-webhook-").FullName;
        try
        {
            await using var server = await GatewayServer.StartAsync(data, clock, new Dictionary<string, string?>
            {
                ["Gateway:Carriers:KE:Webhook"] = hook,
                ["Gateway:Carriers:KE:WebhookSecret"] = "carrier-shared-secret",
            });
            using var client = server.Client();
            var list = ServiceTests.List("TX-W",
                ServiceTests.Passenger("VOLKOV", "DMITRI", "1975-05-05", "RUS", "RU1234567", "2030-01-01", "RUS", "081"),
                ServiceTests.Passenger("PARK", "SOYEON", "1995-07-07", "KOR", "M11112222", "2032-01-15", "KOR", "082"));
            var posted = await client.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative), new StringContent(list, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);

            for (int i = 0; i < 300 && !received.Any(r => r.Answer == 204); i++) await Task.Delay(100);
            var attempts = received.ToArray();
            Assert.Equal([503, 503, 204], attempts.Select(a => a.Answer));
            var taken = attempts[^1];
            Assert.All(attempts, a => Assert.Equal(taken.Sequence, a.Sequence));
            Assert.Equal(WebhookDelivery.Signature("carrier-shared-secret", taken.Body), taken.Signature);
            using var update = JsonDocument.Parse(taken.Body);
            Assert.Equal(("VOLKOV", "1Z", taken.Sequence), (update.RootElement.GetProperty("surname").GetString(),
                update.RootElement.GetProperty("code").GetString(), update.RootElement.GetProperty("sequence").GetInt64()));

            // The delivered position is kept, so a restart does not post it again.
            var store = server.Services.GetRequiredService<IGatewayStore>();
            // (The cursor is written after the post is taken; it may still hold the earlier position for a moment.)
            string expected = taken.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
            DocumentRecord? cursor = null;
            for (int i = 0; i < 100; i++)
            {
                cursor = await store.GetDocumentAsync(WebhookDelivery.CursorKind, "KE", CancellationToken.None);
                if (cursor?.Json == expected) break;
                await Task.Delay(50);
            }
            Assert.Equal(expected, cursor?.Json);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public void Backoff_doubles_from_200_ms_and_stops_growing_at_five_minutes()
    {
        Assert.InRange(WebhookDelivery.Backoff(1).TotalMilliseconds, 160, 240);
        Assert.InRange(WebhookDelivery.Backoff(4).TotalMilliseconds, 1280, 1920);
        Assert.InRange(WebhookDelivery.Backoff(40).TotalMinutes, 4, 6);
    }
}
