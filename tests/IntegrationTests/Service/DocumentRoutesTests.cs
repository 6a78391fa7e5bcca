using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.IntegrationTests.Service;

/// <summary>Declarations, notices, PNR and landing permits end to end.</summary>
public abstract class DocumentRoutesTests(TestStore store) : IAsyncLifetime
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));
    private readonly string _data = Directory.CreateTempSubdirectory("gateway-docs-").FullName;
    private GatewayServer _server = null!;

    public async Task InitializeAsync() => _server = await GatewayServer.StartAsync(_data, _clock, store: store);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    private static JsonObject Seafarer(string surname, string given, string dob, string nat, string doc) => new()
    {
        ["surname"] = surname, ["givenNames"] = new JsonArray(given), ["sex"] = "M", ["birthDate"] = dob, ["nationality"] = nat,
        ["documents"] = new JsonArray(new JsonObject { ["type"] = "P", ["number"] = doc, ["issuingState"] = nat, ["expiry"] = "2031-01-01" }),
    };

    private static JsonObject Vessel(params JsonObject[] people) => new()
    {
        ["conveyance"] = new JsonObject { ["mode"] = "sea", ["carrier"] = "KE", ["journeyId"] = "V0425E", ["vehicleId"] = "9863297", ["vehicleName"] = "HMM ALGECIRAS", ["vehicleNationality"] = "KOR" },
        ["legs"] = new JsonArray(new JsonObject
        {
            ["journeyId"] = "V0425E",
            ["departure"] = new JsonObject { ["port"] = "CNSHA", ["time"] = "2026-11-21T18:00" },
            ["arrival"] = new JsonObject { ["port"] = "KRPUS", ["time"] = "2026-11-22T14:00" },
        }),
        ["travellers"] = new JsonArray([.. people]),
    };

    [Fact]
    public async Task Crew_landing_is_refused_for_an_entry_banned_seafarer_and_granted_for_fifteen_days_to_the_others()
    {
        using var client = _server.Client();
        var body = new JsonObject
        {
            ["permit"] = "crew",
            ["landingFrom"] = "2026-11-22T15:00+09:00",
            ["list"] = Vessel(Seafarer("VOLKOV", "DMITRI", "1975-05-05", "RUS", "RU1234567"), Seafarer("SANTOS", "JOSE", "1985-06-15", "PHL", "SB1234567")),
        };
        var response = await client.PostAsync(new Uri("/api/v1/landing-permits", UriKind.Relative), Json(body));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        var people = answer.GetProperty("people");
        Assert.Equal("refused", people[0].GetProperty("outcome").GetString());
        Assert.Equal("Act 11", people[0].GetProperty("reasons")[0].GetProperty("article").GetString());
        Assert.Equal("granted", people[1].GetProperty("outcome").GetString());
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 15, 0, 0, TimeSpan.FromHours(9)), people[1].GetProperty("validUntil").GetDateTimeOffset());
    }

    [Fact]
    public async Task Tourist_landing_lapses_when_the_ship_departs_and_is_refused_to_an_ineligible_nationality()
    {
        using var client = _server.Client();
        JsonObject Tourist(string surname, string nat, string doc)
        {
            var p = Seafarer(surname, "ANNA", "1980-01-01", nat, doc);
            p["facialImage"] = "sha256:" + new string('a', 64);
            return p;
        }
        var body = new JsonObject
        {
            ["permit"] = "tourist",
            ["shipDeparts"] = "2026-11-22T23:00+09:00",
            ["list"] = Vessel(Tourist("WONG", "CHN", "E12345678"), Tourist("DOE", "XXA", "X12345678")),
        };
        var answer = await (await client.PostAsync(new Uri("/api/v1/landing-permits", UriKind.Relative), Json(body))).Content.ReadFromJsonAsync<JsonElement>();
        var people = answer.GetProperty("people");
        Assert.Equal(("granted", "2026-11-22T23:00:00+09:00"), (people[0].GetProperty("outcome").GetString(), people[0].GetProperty("validUntil").GetString()));
        Assert.Equal("refused", people[1].GetProperty("outcome").GetString());
        Assert.Contains(people[1].GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "NATIONALITY-NOT-ELIGIBLE");

        body["shipDeparts"] = null;
        var missing = await client.PostAsync(new Uri("/api/v1/landing-permits", UriKind.Relative), Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Fact]
    public async Task A_declaration_is_judged_and_its_counts_are_checked_against_the_crew_list_filed_later()
    {
        using var client = _server.Client();
        var declaration = new JsonObject
        {
            ["carrier"] = "KE", ["journeyId"] = "V0425E", ["vehicleType"] = "container ship", ["registrationMark"] = "9863297",
            ["name"] = "HMM ALGECIRAS", ["nationality"] = "KOR",
            ["departure"] = new JsonObject { ["port"] = "CNSHA", ["time"] = "2026-11-21T18:00" },
            ["arrival"] = new JsonObject { ["port"] = "KRPUS", ["time"] = "2026-11-22T14:00" },
            ["crew"] = 3, ["passengers"] = 0, ["transitPassengers"] = 0,
        };
        var filed = await client.PostAsync(new Uri("/api/v1/declarations", UriKind.Relative), Json(declaration));
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var gd = await filed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("accepted", gd.GetProperty("outcome").GetString());

        var crew = Vessel(Seafarer("PARK", "JUNHO", "1970-03-12", "KOR", "M22223333"));
        crew["kind"] = "crew";
        var list = await (await client.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative), Json(crew))).Content.ReadFromJsonAsync<JsonElement>();
        var shortfall = list.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("article").GetString()!.StartsWith("Decree 87(4)", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(shortfall);
        Assert.Contains("2", shortfall[0].GetProperty("message").GetString(), StringComparison.Ordinal); // 3 declared, 1 listed
    }

    [Fact]
    public async Task A_notice_less_than_24_hours_ahead_is_late_unless_the_service_is_scheduled()
    {
        using var client = _server.Client();
        var notice = new JsonObject { ["direction"] = "arrival", ["port"] = "KRPUS", ["scheduled"] = "2026-11-22T14:00", ["scheduledService"] = false, ["journeyId"] = "V0425E" };
        var late = await (await client.PostAsync(new Uri("/api/v1/notices", UriKind.Relative), Json(notice))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("late", late.GetProperty("outcome").GetString());
        Assert.Contains(late.GetProperty("findings").EnumerateArray(), f => f.GetProperty("article").GetString() == "Decree 86");
        notice["scheduledService"] = true;
        var scheduled = await (await client.PostAsync(new Uri("/api/v1/notices", UriKind.Relative), Json(notice))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEqual("late", scheduled.GetProperty("outcome").GetString());
        notice["direction"] = "sideways";
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(new Uri("/api/v1/notices", UriKind.Relative), Json(notice))).StatusCode);
    }

    [Fact]
    public async Task A_pnr_push_answers_the_open_request_for_its_flight_within_the_deadline()
    {
        using var admin = _server.Officer("kim.officer", "PIN-0042", "pnr-officer");
        using var carrier = _server.Client("KE");
        var request = new JsonObject { ["carrier"] = "KE", ["journeyId"] = "KE0702", ["scheduledDeparture"] = "2026-11-22T11:30+09:00", ["kind"] = "transfer", ["purpose"] = "case 2026-118" };
        var asked = await admin.PostAsync(new Uri("/api/v1/pnr/requests", UriKind.Relative), Json(request));
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var listed = await carrier.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/pnr/requests", UriKind.Relative));
        var open = Assert.Single(listed.EnumerateArray());
        Assert.Equal(("open", "Decree 85(3)2"), (open.GetProperty("status").GetString(), open.GetProperty("article").GetString()));
        Assert.Equal(_clock.Now.AddMinutes(30), open.GetProperty("deadline").GetDateTimeOffset());

        _clock.Now = _clock.Now.AddMinutes(12);
        const string pnrgov = "UNA:+.?*'UNB+IATA:1+KE+KRIMMI+261122:0012+PNR01'UNH+1+PNRGOV:13:1:IA+KE0702/221126/1130'MSG+:22'ORG+KE:SEL'" +
            "TVL+221126:1130:221126:1400+NRT+ICN+KE+0702'EQN+1'SRC'RCI+KE:ABC123::201126:0900'TIF+KIM+MINJUN:A:1'" +
            "SSR+DOCS:HK::KE:::::/P/KOR/M12345678/KOR/03MAR90/M/01JAN31/KIM/MINJUN+::1'UNT+10+1'UNZ+1+PNR01'";
        var pushed = await carrier.PostAsync(new Uri("/api/v1/pnr", UriKind.Relative), GatewayServer.Edifact(pnrgov));
        Assert.Equal(HttpStatusCode.Created, pushed.StatusCode);
        var answer = await pushed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("KE702/261122", 1, 1), (answer.GetProperty("flightKey").GetString(), answer.GetProperty("pnrs").GetInt32(), answer.GetProperty("passengers").GetInt32()));
        var done = Assert.Single(answer.GetProperty("answered").EnumerateArray());
        Assert.True(done.GetProperty("metDeadline").GetBoolean());
        var after = await carrier.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/pnr/requests", UriKind.Relative));
        Assert.Equal("answered", after[0].GetProperty("status").GetString());

        var garbage = await carrier.PostAsync(new Uri("/api/v1/pnr", UriKind.Relative), GatewayServer.Edifact("UNB+IATA:1+KE+KRIMMI+261122:0012+PNR02'UNH+1+PNRGOV:13:1:IA'"));
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
    }

    private const string Pnrgov = "UNA:+.?*'UNB+IATA:1+KE+KRIMMI+261122:0012+PNR01'UNH+1+PNRGOV:13:1:IA+KE0702/221126/1130'MSG+:22'ORG+KE:SEL'" +
        "TVL+221126:1130:221126:1400+NRT+ICN+KE+0702'EQN+1'SRC'RCI+KE:ABC123::201126:0900'TIF+KIM+MINJUN:A:1'" +
        "SSR+DOCS:HK::KE:::::/P/KOR/M12345678/KOR/03MAR90/M/01JAN31/KIM/MINJUN+::1'UNT+10+1'UNZ+1+PNR01'";

    private static JsonObject PnrRequest() =>
        new() { ["carrier"] = "KE", ["journeyId"] = "KE0702", ["scheduledDeparture"] = "2026-11-22T11:30+09:00", ["kind"] = "transfer", ["purpose"] = "case 2026-118" };

    // Issue 18 item 4: each Location a 201 gives is a route that answers, for its carrier only.
    [Fact]
    public async Task Every_Location_a_carrier_is_given_reads_back_for_that_carrier_only()
    {
        using var ke = _server.Client("KE");
        using var oz = _server.Client("OZ");
        using var pnrOfficer = _server.Officer("kim.officer", "PIN-0042", "pnr-officer");
        using var officer = _server.Officer("lee.officer", "PIN-0043", "officer");
        var declaration = new JsonObject
        {
            ["carrier"] = "KE", ["journeyId"] = "V0425E", ["vehicleType"] = "container ship", ["registrationMark"] = "9863297", ["name"] = "HMM ALGECIRAS",
            ["nationality"] = "KOR", ["departure"] = new JsonObject { ["port"] = "CNSHA", ["time"] = "2026-11-21T18:00" },
            ["arrival"] = new JsonObject { ["port"] = "KRPUS", ["time"] = "2026-11-22T14:00" }, ["crew"] = 3, ["passengers"] = 0, ["transitPassengers"] = 0,
        };
        var notice = new JsonObject { ["direction"] = "arrival", ["port"] = "KRPUS", ["scheduled"] = "2026-11-22T14:00", ["scheduledService"] = false, ["journeyId"] = "V0425E" };
        var landing = new JsonObject { ["permit"] = "crew", ["landingFrom"] = "2026-11-22T15:00+09:00", ["list"] = Vessel(Seafarer("SANTOS", "JOSE", "1985-06-15", "PHL", "SB1234567")) };
        var filed = new[]
        {
            await ke.PostAsync(new Uri("/api/v1/declarations", UriKind.Relative), Json(declaration)),
            await ke.PostAsync(new Uri("/api/v1/notices", UriKind.Relative), Json(notice)),
            await ke.PostAsync(new Uri("/api/v1/landing-permits", UriKind.Relative), Json(landing)),
            await pnrOfficer.PostAsync(new Uri("/api/v1/pnr/requests", UriKind.Relative), Json(PnrRequest())),
        };
        var ids = new List<string>();
        foreach (var response in filed)
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
            ids.Add(answer.GetProperty("id").GetString()!);
            var location = response.Headers.Location!;
            var read = await ke.GetAsync(location);
            Assert.True(read.StatusCode == HttpStatusCode.OK, $"{location}: {read.StatusCode}");
            var back = await read.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(answer.GetProperty("id").GetString(), back.GetProperty("id").GetString());
            Assert.Equal(HttpStatusCode.NotFound, (await oz.GetAsync(location)).StatusCode);
        }
        var gd = await ke.GetFromJsonAsync<JsonElement>(filed[0].Headers.Location!);
        Assert.Equal(("accepted", 3), (gd.GetProperty("outcome").GetString(), gd.GetProperty("declaration").GetProperty("crew").GetInt32()));
        // The declaration's id holds the flight key's '/': unescaped it reads too.
        Assert.Contains("/", ids[0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await ke.GetAsync(new Uri("/api/v1/declarations/" + ids[0], UriKind.Relative))).StatusCode);
        var late = await ke.GetFromJsonAsync<JsonElement>(filed[1].Headers.Location!);
        Assert.Equal(("late", "Decree 86"), (late.GetProperty("outcome").GetString(), late.GetProperty("findings")[0].GetProperty("article").GetString()));
        // The officer who asked for PNR follows the request too; an officer without the PNR role may not.
        Assert.Equal(HttpStatusCode.OK, (await pnrOfficer.GetAsync(filed[3].Headers.Location!)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync(filed[3].Headers.Location!)).StatusCode);
        using var anonymous = new HttpClient { BaseAddress = _server.Address };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(filed[3].Headers.Location!)).StatusCode);
        foreach (var missing in new[] { "/api/v1/declarations/KE:NOPE", "/api/v1/notices/n_none", "/api/v1/landing-permits/l_none", "/api/v1/pnr/requests/q_none" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await ke.GetAsync(new Uri(missing, UriKind.Relative))).StatusCode);
        }
    }

    // Issue 18 item 7: Decree 85(3) — a request past its deadline is flagged for officers and fed to the carrier; a late push carries the finding.
    [Fact]
    public async Task A_pnr_request_past_its_deadline_is_listed_for_officers_fed_to_the_carrier_once_and_a_late_push_carries_the_finding()
    {
        using var officer = _server.Officer("kim.officer", "PIN-0042", "pnr-officer");
        using var carrier = _server.Client("KE");
        var asked = await (await officer.PostAsync(new Uri("/api/v1/pnr/requests", UriKind.Relative), Json(PnrRequest()))).Content.ReadFromJsonAsync<JsonElement>();
        string id = asked.GetProperty("id").GetString()!;
        var watch = _server.Services.GetRequiredService<Gateway.Submissions.PnrDeadlineWatch>();
        Assert.Equal(0, await watch.RunOnceAsync(CancellationToken.None));
        Assert.Empty((await officer.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/pnr/requests/overdue", UriKind.Relative))).EnumerateArray());

        _clock.Now = _clock.Now.AddMinutes(31);
        var overdue = Assert.Single((await officer.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/pnr/requests/overdue", UriKind.Relative))).EnumerateArray());
        Assert.Equal((id, "overdue"), (overdue.GetProperty("id").GetString(), overdue.GetProperty("status").GetString()));
        var finding = overdue.GetProperty("findings")[0];
        Assert.Equal(("D85-3-2-PNR-OVERDUE", "Decree 85(3)2"), (finding.GetProperty("code").GetString(), finding.GetProperty("article").GetString()));
        var listed = await carrier.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/pnr/requests", UriKind.Relative));
        Assert.Equal("overdue", Assert.Single(listed.EnumerateArray()).GetProperty("status").GetString());

        // The carrier's feed is told once, however often the check runs.
        await watch.RunOnceAsync(CancellationToken.None);
        Assert.Equal(0, await watch.RunOnceAsync(CancellationToken.None));
        var feed = await carrier.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/iapi/updates?after=0", UriKind.Relative));
        var told = Assert.Single(feed.GetProperty("updates").EnumerateArray());
        Assert.Equal(("pnr-overdue", id, "Decree 85(3)2"), (told.GetProperty("type").GetString(), told.GetProperty("pnrRequest").GetProperty("id").GetString(),
            told.GetProperty("reasons")[0].GetProperty("article").GetString()));
        using var edifact = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/iapi/updates?after=0", UriKind.Relative));
        edifact.Headers.Accept.ParseAdd("application/edifact");
        Assert.Equal("", await (await carrier.SendAsync(edifact)).Content.ReadAsStringAsync());

        var pushed = await (await carrier.PostAsync(new Uri("/api/v1/pnr", UriKind.Relative), GatewayServer.Edifact(Pnrgov))).Content.ReadFromJsonAsync<JsonElement>();
        var answered = Assert.Single(pushed.GetProperty("answered").EnumerateArray());
        Assert.False(answered.GetProperty("metDeadline").GetBoolean());
        var lateFinding = Assert.Single(answered.GetProperty("findings").EnumerateArray());
        Assert.Equal(("D85-3-2-PNR-LATE", "Decree 85(3)2"), (lateFinding.GetProperty("code").GetString(), lateFinding.GetProperty("article").GetString()));
        var missed = Assert.Single((await officer.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/pnr/requests/overdue", UriKind.Relative))).EnumerateArray());
        Assert.Equal(("answered", false), (missed.GetProperty("status").GetString(), missed.GetProperty("metDeadline").GetBoolean()));
    }
}

/// <summary>Declarations, notices, PNR and landing permits on the embedded SQLite store.</summary>
public sealed class DocumentRoutesTestsOnSqlite() : DocumentRoutesTests(TestStore.Sqlite);

/// <summary>Declarations, notices, PNR and landing permits on PostgreSQL.</summary>
public sealed class DocumentRoutesTestsOnPostgres() : DocumentRoutesTests(TestStore.Postgres);
