using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Avro.Specific;
using Gateway.Adapters.Events;
using Gateway.IntegrationTests.Service;
using Gateway.IntegrationTests.Streaming;
using Gateway.Pipeline;
using Microsoft.Data.Sqlite;
using Events = kr.go.immigration.gateway.events;

namespace Gateway.IntegrationTests.Pipeline;

/// <summary>
/// Every event the gateway produces, through the outbox, on the embedded defaults: each carrier route and an officer's
/// review commits its events with what they report, one topic per kind, keyed by flight; rows of topics nobody consumes
/// on the embedded stream are passed over without stalling the screening consumer.
/// </summary>
public sealed class StreamEventsTests : IAsyncLifetime
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));
    private readonly string _data = Directory.CreateTempSubdirectory("gateway-events-").FullName;
    private GatewayServer _server = null!;

    public async Task InitializeAsync() => _server = await GatewayServer.StartAsync(_data, _clock);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Each_route_commits_its_events_on_their_topics_with_what_was_submitted()
    {
        var sent = await EventScenario.RunAsync(_server);
        var rows = await OutboxAsync();
        EventScenario.Check(sent, new OutboxSource(rows));
        // Nothing is left behind on the embedded stream: rows of topics without a consumer are marked as the log moves on.
        await KafkaOutageTests.Until(async () => (await OutboxAsync()).All(r => r.Sent), "every outbox row to be passed");
    }

    [Fact]
    public async Task A_landing_application_screens_and_decides_each_person_as_landing_decisions()
    {
        using var carrier = _server.Client();
        static JsonObject Seafarer(string surname, string dob, string nat, string doc) => new()
        {
            ["surname"] = surname, ["givenNames"] = new JsonArray("DMITRI"), ["sex"] = "M", ["birthDate"] = dob, ["nationality"] = nat,
            ["documents"] = new JsonArray(new JsonObject { ["type"] = "P", ["number"] = doc, ["issuingState"] = nat, ["expiry"] = "2031-01-01" }),
        };
        var body = new JsonObject
        {
            ["permit"] = "crew",
            ["landingFrom"] = "2026-11-22T15:00+09:00",
            ["list"] = new JsonObject
            {
                ["conveyance"] = new JsonObject { ["mode"] = "sea", ["carrier"] = "KE", ["journeyId"] = "V0425E", ["vehicleName"] = "HMM ALGECIRAS" },
                ["legs"] = new JsonArray(new JsonObject
                {
                    ["journeyId"] = "V0425E",
                    ["departure"] = new JsonObject { ["port"] = "CNSHA", ["time"] = "2026-11-21T18:00" },
                    ["arrival"] = new JsonObject { ["port"] = "KRPUS", ["time"] = "2026-11-22T14:00" },
                }),
                ["travellers"] = new JsonArray(Seafarer("VOLKOV", "1975-05-05", "RUS", "RU1234567"), Seafarer("SANTOS", "1985-06-15", "PHL", "SB1234567")),
            },
        };
        Assert.Equal(HttpStatusCode.Created, (await carrier.PostAsync(new Uri("/api/v1/landing-permits", UriKind.Relative), Json(body.ToJsonString()))).StatusCode);
        var rows = await OutboxAsync();
        var decisions = Decode<Events.DecisionIssued>(rows, EventTopics.Decisions).OrderBy(d => d.Value.travellerIndex).ToList();
        Assert.Equal([Events.DecisionOutcome.LANDING_REFUSED, Events.DecisionOutcome.LANDING_PERMITTED], decisions.Select(d => d.Value.outcome));
        Assert.All(decisions, d => Assert.Equal(Events.DecisionKind.LANDING, d.Value.kind));
        Assert.Equal("Act 11", decisions[0].Value.reasons[0].article);
        var screened = Decode<Events.TravellerScreened>(rows, EventTopics.Screenings).OrderBy(s => s.Value.travellerIndex).ToList();
        Assert.Equal(2, screened.Count);
        Assert.NotEmpty(screened[0].Value.hits);
        Assert.Empty(screened[1].Value.hits);
    }

    private static List<(string Key, T Value)> Decode<T>(List<OutboxSource.Row> rows, string topic) where T : class, ISpecificRecord, new() =>
        new OutboxSource(rows).Read<T>(topic, 0);

    private async Task<List<OutboxSource.Row>> OutboxAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_data, "gateway.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT topic, msg_key, payload, sent_at FROM outbox ORDER BY seq";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<OutboxSource.Row>();
        while (await reader.ReadAsync()) rows.Add(new OutboxSource.Row(reader.GetString(0), reader.GetString(1), (byte[])reader[2], !reader.IsDBNull(3)));
        return rows;
    }
}
