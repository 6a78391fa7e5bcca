using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Avro.Specific;
using Gateway.Adapters.Events;
using Gateway.IntegrationTests.Officers;
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
        using var carrier = _server.Client();
        string list = ServiceTests.List("TX-EV",
            ServiceTests.Passenger("VOLKOV", "DMITRI", "1975-05-05", "RUS", "RU1234567", "2030-01-01", "RUS", "001"),
            ServiceTests.Passenger("KIM", "MINJUN", "1990-03-03", "KOR", "M12345678", "2031-01-01", "KOR", "002"));
        var filed = await carrier.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative), Json(list));
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        string reportId = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportId").GetString()!;
        var checkBody = list.Replace("TX-EV", "TX-EV-2", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await carrier.PostAsync(new Uri("/api/v1/iapi", UriKind.Relative), Json(checkBody))).StatusCode);
        var notice = new JsonObject { ["direction"] = "arrival", ["port"] = "KRPUS", ["scheduled"] = "2026-11-23T14:00", ["journeyId"] = "V0425E" };
        Assert.Equal(HttpStatusCode.Created, (await carrier.PostAsync(new Uri("/api/v1/notices", UriKind.Relative), Json(notice.ToJsonString()))).StatusCode);
        const string pnrgov = "UNA:+.?*'UNB+IATA:1+KE+KRIMMI+261122:0012+PNR01'UNH+1+PNRGOV:13:1:IA+KE0702/221126/1130'MSG+:22'ORG+KE:SEL'" +
            "TVL+221126:1130:221126:1400+NRT+ICN+KE+0702'EQN+1'SRC'RCI+KE:ABC123::201126:0900'TIF+KIM+MINJUN:A:1'" +
            "SSR+DOCS:HK::KE:::::/P/KOR/M12345678/KOR/03MAR90/M/01JAN31/KIM/MINJUN+::1'UNT+10+1'UNZ+1+PNR01'";
        Assert.Equal(HttpStatusCode.Created, (await carrier.PostAsync(new Uri("/api/v1/pnr", UriKind.Relative), GatewayServer.Edifact(pnrgov))).StatusCode);

        using var officer = _server.Officer("lee", "PIN-1", "officer");
        // VOLKOV is hit twice: on the filed list and in the check (each files its own report); either review re-decides him.
        var hit = (await HitReviewTests.WaitForHits(officer, "status=open&list=entry-ban", 2)).GetProperty("hits")[0];
        var reviewed = await officer.PostAsync(new Uri($"/api/v1/hits/{hit.GetProperty("id").GetString()}/review", UriKind.Relative),
            Json("""{"decision":"dismiss","note":"different person"}"""));
        Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);

        var rows = await OutboxAsync();
        // Manifest, check and PNR push each arrived as a submission, with their bytes as received.
        var submissions = Decode<Events.SubmissionReceived>(rows, EventTopics.Submissions);
        Assert.Equal(3, submissions.Count);
        var listBytes = Encoding.UTF8.GetBytes(list);
        var first = Assert.Single(submissions, s => s.Value.body.AsSpan().SequenceEqual(listBytes));
        Assert.Equal(SHA256.HashData(listBytes), first.Value.sha256.Value);
        Assert.Equal(("KE", Events.Channel.HTTP_JSON), (first.Value.carrier, first.Value.channel));
        Assert.Contains(submissions, s => s.Value.channel == Events.Channel.HTTP_EDIFACT && Encoding.UTF8.GetString(s.Value.body) == pnrgov);

        var report = Assert.Single(Decode<Events.ReportAccepted>(rows, EventTopics.Reports));
        Assert.Equal((reportId, first.Value.submissionId, first.Key), (report.Value.reportId, report.Value.submissionId, report.Key));

        // Two travellers screened and decided by the pipeline, two in the check; VOLKOV's entry-ban hit is in both.
        var screened = Decode<Events.TravellerScreened>(rows, EventTopics.Screenings);
        Assert.Equal(4, screened.Count);
        Assert.Equal(2, screened.Count(s => s.Value.submissionId == first.Value.submissionId));
        var volkov = screened.Where(s => s.Value.travellerIndex == 0).ToList();
        Assert.All(volkov, s => Assert.Contains(s.Value.hits, h => h.listName == "entry-ban" && h.explanation.Count > 0));
        Assert.All(screened.Where(s => s.Value.travellerIndex == 1), s => Assert.Empty(s.Value.hits));

        var decisions = Decode<Events.DecisionIssued>(rows, EventTopics.Decisions);
        Assert.Equal(2, decisions.Count(d => d.Value.outcome == Events.DecisionOutcome.DO_NOT_BOARD && d.Value.decidedBy is null));
        Assert.Equal(2, decisions.Count(d => d.Value.outcome == Events.DecisionOutcome.OK_TO_BOARD && d.Value.decidedBy is null));
        Assert.All(decisions, d => Assert.Equal(d.Value.flightKey, d.Key));
        // The dismissal re-decided VOLKOV on the filed list: a decision by the officer.
        var redecided = Assert.Single(decisions, d => d.Value.decidedBy == "lee");
        Assert.Equal((0, Events.DecisionKind.BOARDING), (redecided.Value.travellerIndex, redecided.Value.kind));

        var review = Assert.Single(Decode<Events.HitReviewed>(rows, EventTopics.Reviews));
        Assert.Equal(("lee", Events.Disposition.FALSE_POSITIVE, "different person"), (review.Value.reviewer, review.Value.disposition, review.Value.note));
        var reviewedHitId = StreamEvents.NameUuid(hit.GetProperty("id").GetString()!);
        Assert.Equal(reviewedHitId, review.Value.hitId);
        Assert.Contains(volkov, s => s.Value.hits.Any(h => h.hitId == reviewedHitId)); // the review names the hit the screening reported

        var pnr = Assert.Single(Decode<Events.PnrReceived>(rows, EventTopics.Pnr));
        var record = Assert.Single(pnr.Value.records);
        Assert.Equal(("KE702/261122", "ABC123", "KIM", "M12345678"), (pnr.Key, record.locator, record.passengers[0].surname, record.passengers[0].documentNumber));
        Assert.Equal(new DateTime(1990, 3, 3), record.passengers[0].birthDate);

        var noticed = Assert.Single(Decode<Events.NoticeReceived>(rows, EventTopics.Notices));
        Assert.Equal((Events.NoticeKind.ARRIVAL, "KRPUS", "V0425E"), (noticed.Value.kind, noticed.Value.port, noticed.Value.journeyId));

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

    private sealed record Row(string Topic, string Key, byte[] Payload, bool Sent);

    private static List<(string Key, T Value)> Decode<T>(List<Row> rows, string topic) where T : class, ISpecificRecord, new() =>
        [.. rows.Where(r => r.Topic == topic).Select(r => (r.Key, EventCodec<T>.Instance.Decode(r.Payload)))];

    private async Task<List<Row>> OutboxAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_data, "gateway.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT topic, msg_key, payload, sent_at FROM outbox ORDER BY seq";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Row>();
        while (await reader.ReadAsync()) rows.Add(new Row(reader.GetString(0), reader.GetString(1), (byte[])reader[2], !reader.IsDBNull(3)));
        return rows;
    }
}
