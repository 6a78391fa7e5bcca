using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Adapters.Cusres;

namespace Gateway.IntegrationTests.Service;

/// <summary>The carrier APIs end to end on Kestrel, run once on each store (the subclasses at the end).</summary>
public abstract class ServiceTests(TestStore store) : IAsyncLifetime
{
    // Flights in these tests arrive at ICN 2026-11-22 14:00 KST (05:00 UTC): 2 hours before is 03:00 UTC.
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));
    private readonly string _data = Directory.CreateTempSubdirectory("gateway-test-").FullName;
    private GatewayServer _server = null!;

    public async Task InitializeAsync() => _server = await GatewayServer.StartAsync(_data, _clock, store: store);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    internal static string Passenger(string surname, string given, string dob, string nat, string doc, string expiry, string issuer, string abo) =>
        new JsonObject
        {
            ["surname"] = surname,
            ["givenNames"] = new JsonArray(given),
            ["sex"] = "M",
            ["birthDate"] = dob.Length == 0 ? null : dob,
            ["nationality"] = nat,
            ["documents"] = new JsonArray(new JsonObject { ["type"] = "P", ["number"] = doc, ["issuingState"] = issuer, ["expiry"] = expiry }),
            ["references"] = new JsonObject { ["AVF"] = "PNR" + abo, ["ABO"] = abo },
        }.ToJsonString();

    internal static string List(string transaction, params string[] passengers) =>
        new JsonObject
        {
            ["kind"] = "passengers",
            ["transactionReference"] = transaction,
            ["conveyance"] = new JsonObject { ["mode"] = "air", ["carrier"] = "KE", ["journeyId"] = "KE0702" },
            ["legs"] = new JsonArray(new JsonObject
            {
                ["journeyId"] = "KE0702",
                ["carrier"] = "KE",
                ["departure"] = new JsonObject { ["port"] = "NRT", ["time"] = "2026-11-22T11:30" },
                ["arrival"] = new JsonObject { ["port"] = "ICN", ["time"] = "2026-11-22T14:00" },
            }),
            ["travellers"] = new JsonArray([.. passengers.Select(p => JsonNode.Parse(p))]),
            ["totals"] = new JsonObject { ["passengers"] = passengers.Length },
        }.ToJsonString();

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");

    [Fact]
    public async Task Interactive_check_answers_each_passenger_with_its_code_and_reasons()
    {
        using var client = _server.Client();
        var list = List("TX-1",
            Passenger("VOLKOV", "DMITRI", "1975-05-05", "RUS", "RU1234567", "2030-01-01", "RUS", "001"),   // on the entry-ban list
            Passenger("SMITH", "JOHN", "1980-01-01", "GBR", "GB7654321", "2025-01-01", "GBR", "002"),     // passport expired
            Passenger("TANAKA", "HIRO", "", "JPN", "TK1111111", "2030-01-01", "JPN", "003"),             // no birth date
            Passenger("KIM", "MINJUN", "1990-03-03", "KOR", "M12345678", "2031-01-01", "KOR", "004"));   // clean
        var response = await client.PostAsync(new Uri("/api/v1/iapi", UriKind.Relative), Json(list));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var codes = doc.RootElement.GetProperty("passengers").EnumerateArray()
            .Select(p => (p.GetProperty("surname").GetString(), p.GetProperty("code").GetString())).ToList();
        Assert.Equal([("VOLKOV", "1Z"), ("SMITH", "1Z"), ("TANAKA", "4Z"), ("KIM", "0Z")], codes);
        var volkov = doc.RootElement.GetProperty("passengers")[0].GetProperty("reasons")[0];
        Assert.Equal(("HIT-ENTRY-BAN", "Act 11", "KR-EB-0001"), (volkov.GetProperty("code").GetString(), volkov.GetProperty("article").GetString(), volkov.GetProperty("reference").GetString()));
        var smith = doc.RootElement.GetProperty("passengers")[1].GetProperty("reasons")[0];
        Assert.Equal("A73-DOC-EXPIRED", smith.GetProperty("reference").GetString());
        var tanaka = doc.RootElement.GetProperty("passengers")[2].GetProperty("reasons")[0];
        Assert.Equal("Decree 87(2)3", tanaka.GetProperty("article").GetString());
    }

    [Fact]
    public async Task Interactive_check_in_edifact_answers_with_a_cusres_962()
    {
        using var client = _server.Client();
        const string paxlst = "UNA:+.? 'UNB+UNOA:4+KE:ZZ+KRIMMI:ZZ+261122:0010+IA0001++IAPI'UNH+1+PAXLST:D:05B:UN:IATA+KE0702/261122/1130+01:F'" +
            "BGM+745'RFF+TN:KE0702IA1'TDT+20+KE0702+++KE'LOC+125+NRT'DTM+189:2611221130:201'LOC+87+ICN'DTM+232:2611221400:201'" +
            "NAD+FL+++LEE:SUJIN'ATT+2++F'DTM+329:920202'NAT+2+KOR'RFF+AVF:ABC123'RFF+ABO:0001'DOC+P:110:111+M99990000'DTM+36:300101'LOC+91+KOR'" +
            "NAD+FL+++ROSSI:MARCO'ATT+2++M'DTM+329:800202'NAT+2+ITA'RFF+AVF:ABC124'RFF+ABO:0002'DOC+P:110:111+YA1234567'DTM+36:300101'LOC+91+ITA'" +
            "CNT+42:2'UNT+25+1'UNZ+1+IA0001'";
        var response = await client.PostAsync(new Uri("/api/v1/iapi", UriKind.Relative), GatewayServer.Edifact(paxlst));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/edifact", response.Content.Headers.ContentType?.MediaType);
        var cusres = CusresReader.Read(await response.Content.ReadAsStringAsync());
        var answer = Assert.Single(cusres.Responses);
        Assert.Equal("962", answer.DocumentCode);
        Assert.Equal("KE0702IA1", answer.TransactionReference);
        Assert.Equal([("0001", "0Z"), ("0002", "1Z")], answer.Passengers.Select(p => (p.PassengerReference!, p.Status!.Code)));
    }

    [Fact]
    public async Task Interactive_checks_are_reports_of_their_own_a_resend_gets_the_first_answer_and_two_lists_are_refused()
    {
        using var client = _server.Client();
        // The carrier states the whole flight (180) in an interactive check of one passenger: no shortfall finding,
        // the flight's counts belong to the closing batch list.
        var node = JsonNode.Parse(List("TX-I1", Passenger("KIM", "MINJUN", "1990-03-03", "KOR", "M12345678", "2031-01-01", "KOR", "071")))!;
        node["totals"]!["passengers"] = 180;
        string body = node.ToJsonString();
        var first = await (await client.PostAsync(new Uri("/api/v1/iapi", UriKind.Relative), Json(body))).Content.ReadFromJsonAsync<JsonElement>();
        var codes = first.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
        Assert.DoesNotContain("D87-4-SHORTFALL", codes);
        var second = await (await client.PostAsync(new Uri("/api/v1/iapi", UriKind.Relative),
            Json(List("TX-I2", Passenger("LEE", "SUJIN", "1992-02-02", "KOR", "M22345678", "2031-01-01", "KOR", "072"))))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEqual(first.GetProperty("reportId").GetString(), second.GetProperty("reportId").GetString());

        var resent = await client.PostAsync(new Uri("/api/v1/iapi", UriKind.Relative), Json(body));
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        var again = await resent.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(first.GetProperty("submissionId").GetString(), again.GetProperty("submissionId").GetString());

        const string message = "UNH+1+PAXLST:D:05B:UN:IATA+KE0702/261122/1130+01:F'BGM+745'TDT+20+KE0702+++KE'LOC+125+NRT'DTM+189:2611221130:201'" +
            "LOC+87+ICN'DTM+232:2611221400:201'NAD+FL+++LEE:SUJIN'ATT+2++F'DTM+329:920202'NAT+2+KOR'DOC+P:110:111+M99990000'DTM+36:300101'LOC+91+KOR'" +
            "CNT+42:1'UNT+14+1'";
        string two = "UNA:+.? 'UNB+UNOA:4+KE:ZZ+KRIMMI:ZZ+261122:0010+IA0002++IAPI'" + message + message.Replace("KE0702", "KE0704", StringComparison.Ordinal) + "UNZ+2+IA0002'";
        var refused = await client.PostAsync(new Uri("/api/v1/iapi", UriKind.Relative), GatewayServer.Edifact(two));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("one passenger list", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_for_one_flight_filed_at_once_all_land_in_its_one_report()
    {
        using var client = _server.Client();
        // Twelve supplements for one flight, sent together: each adds its passenger. Without a version check two of them
        // would read the same report and the later write would drop the other's passenger, or file a second report.
        var posts = Enumerable.Range(0, 12).Select(i => client.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative),
            Json(List($"TX-C{i}", Passenger($"PARALLEL{(char)('A' + i)}", "GIVEN", "1990-01-01", "KOR", $"M{i:00000000}", "2031-01-01", "KOR", $"C{i}")))));
        var ids = new List<string>();
        foreach (var response in await Task.WhenAll(posts))
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportId").GetString()!);
        }
        var id = Assert.Single(ids.Distinct());
        var report = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/manifests/{id}", UriKind.Relative));
        Assert.Equal(12, report.GetProperty("travellers").GetArrayLength());
        Assert.Equal(12, report.GetProperty("report").GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task A_list_is_filed_screened_and_decided_by_the_pipeline_and_a_hit_reaches_the_update_feed()
    {
        using var client = _server.Client();
        var list = List("TX-2",
            Passenger("VOLKOV", "DMITRI", "1975-05-05", "RUS", "RU1234567", "2030-01-01", "RUS", "011"),
            Passenger("PARK", "SOYEON", "1995-07-07", "KOR", "M11112222", "2032-01-15", "KOR", "012"));
        var posted = await client.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative), Json(list));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        using var answer = JsonDocument.Parse(await posted.Content.ReadAsStringAsync());
        string id = answer.RootElement.GetProperty("reportId").GetString()!;
        Assert.Equal("accepted_with_warnings", answer.RootElement.GetProperty("outcome").GetString());
        Assert.Equal($"/api/v1/manifests/{id}", posted.Headers.Location?.ToString());

        var report = await WaitDecided(client, id);
        var states = report.RootElement.GetProperty("travellers").EnumerateArray()
            .Select(t => (t.GetProperty("name").GetProperty("surname").GetString(), t.GetProperty("decision").GetProperty("code").GetString())).ToList();
        Assert.Equal([("VOLKOV", "1Z"), ("PARK", "0Z")], states);
        var hit = report.RootElement.GetProperty("travellers")[0].GetProperty("hits")[0];
        Assert.Equal("KR-EB-0001", hit.GetProperty("reference").GetString());

        var feed = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/iapi/updates?after=0&wait=5", UriKind.Relative));
        var update = Assert.Single(feed.GetProperty("updates").EnumerateArray());
        Assert.Equal(("VOLKOV", "1Z", "011"), (update.GetProperty("surname").GetString(), update.GetProperty("code").GetString(), update.GetProperty("passengerReference").GetString()));
        Assert.Contains("BGM+132", update.GetProperty("cusres").GetString(), StringComparison.Ordinal);
        long next = feed.GetProperty("next").GetInt64();
        var empty = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/iapi/updates?after={next}", UriKind.Relative));
        Assert.Empty(empty.GetProperty("updates").EnumerateArray());
    }

    internal static async Task<JsonDocument> WaitDecided(HttpClient client, string id)
    {
        for (int attempt = 0; attempt < 200; attempt++)
        {
            var doc = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/v1/manifests/{id}", UriKind.Relative)));
            if (doc.RootElement.GetProperty("travellers").EnumerateArray().All(t => t.GetProperty("status").GetString() == "decided")) return doc;
            doc.Dispose();
            await Task.Delay(100);
        }
        throw new TimeoutException($"report {id} was not decided");
    }

    [Fact]
    public async Task A_resend_returns_the_same_report_and_a_corrected_resend_amends_it()
    {
        using var client = _server.Client();
        var list = List("TX-3", Passenger("KIM", "MINJUN", "1990-03-03", "KOR", "M12345678", "2031-01-01", "KOR", "021"));
        var first = await client.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative), Json(list));
        var again = await client.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative), Json(list));
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        using var a = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        using var b = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        Assert.Equal(a.RootElement.GetProperty("reportId").GetString(), b.RootElement.GetProperty("reportId").GetString());
        Assert.Equal(a.RootElement.GetProperty("submissionId").GetString(), b.RootElement.GetProperty("submissionId").GetString());
        Assert.True(b.RootElement.GetProperty("resend").GetBoolean());

        var corrected = List("TX-3b",
            Passenger("KIM", "MINJUN", "1990-03-03", "KOR", "M12345678", "2031-01-01", "KOR", "021"),
            Passenger("CHOI", "DONGHYUN", "1993-03-03", "KOR", "M33334444", "2032-01-15", "KOR", "022"));
        var third = await client.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative), Json(corrected));
        Assert.Equal(HttpStatusCode.Created, third.StatusCode);
        using var c = JsonDocument.Parse(await third.Content.ReadAsStringAsync());
        Assert.Equal(a.RootElement.GetProperty("reportId").GetString(), c.RootElement.GetProperty("reportId").GetString());
        Assert.True(c.RootElement.GetProperty("reports")[0].GetProperty("amended").GetBoolean());
        var report = await WaitDecided(client, c.RootElement.GetProperty("reportId").GetString()!);
        Assert.Equal(2, report.RootElement.GetProperty("travellers").GetArrayLength());
        Assert.Equal(2, report.RootElement.GetProperty("report").GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task Another_carriers_report_answers_404()
    {
        using var ke = _server.Client("KE");
        using var oz = _server.Client("OZ");
        var posted = await ke.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative),
            Json(List("TX-4", Passenger("KIM", "MINJUN", "1990-03-03", "KOR", "M12345678", "2031-01-01", "KOR", "031"))));
        using var doc = JsonDocument.Parse(await posted.Content.ReadAsStringAsync());
        var id = doc.RootElement.GetProperty("reportId").GetString();
        var foreign = await oz.GetAsync(new Uri($"/api/v1/manifests/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal("application/problem+json", foreign.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await ke.GetAsync(new Uri($"/api/v1/manifests/{id}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_late_list_is_stored_as_late()
    {
        _clock.Now = new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero); // one hour before arrival
        using var client = _server.Client();
        var posted = await client.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative),
            Json(List("TX-5", Passenger("KIM", "MINJUN", "1990-03-03", "KOR", "M12345678", "2031-01-01", "KOR", "041"))));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        using var doc = JsonDocument.Parse(await posted.Content.ReadAsStringAsync());
        Assert.Equal("late", doc.RootElement.GetProperty("outcome").GetString());
        var stored = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/manifests/{doc.RootElement.GetProperty("reportId").GetString()}", UriKind.Relative));
        Assert.Equal("late", stored.GetProperty("outcome").GetString());
        Assert.Contains(stored.GetProperty("report").GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "D87-5-1-LATE");
    }

    [Fact]
    public async Task An_unreadable_message_gets_400_with_its_position_or_a_contrl()
    {
        using var client = _server.Client();
        const string broken = "UNB+UNOA:4+KE+KRIMMI+261122:0915+BAD1'UNH+1+PAXLST:D:05B:UN'BGM+745'NAD+FL+++A:B'UNH+2+PAXLST:D:05B:UN'UNT+2+2'UNZ+2+BAD1'";
        var problem = await client.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative), GatewayServer.Edifact(broken));
        Assert.Equal(HttpStatusCode.BadRequest, problem.StatusCode);
        var body = await problem.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, body.GetProperty("line").GetInt32());
        Assert.Contains("has no UNT before UNH", body.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/manifests") { Content = GatewayServer.Edifact(broken) };
        request.Headers.Accept.ParseAdd("application/edifact");
        var contrl = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, contrl.StatusCode);
        Assert.Contains("CONTRL", await contrl.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var json = await client.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative), Json("{\"travellers\": [ {\"surname\": 12} ]}"));
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Contains("$.travellers[0].surname", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_without_a_valid_key_get_401()
    {
        using var anonymous = new HttpClient { BaseAddress = _server.Address };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/v1/iapi/updates", UriKind.Relative))).StatusCode);
        anonymous.DefaultRequestHeaders.Add("X-Api-Key", "not-a-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative), Json("{}"))).StatusCode);
        using var carrier = _server.Client("KE");
        Assert.Equal(HttpStatusCode.Unauthorized, (await carrier.PutAsync(new Uri("/api/v1/watchlists/entry-ban", UriKind.Relative), Json("x"))).StatusCode);
    }

    [Fact]
    public async Task A_watch_list_is_replaced_at_run_time_and_a_malformed_one_leaves_the_old_list_live()
    {
        using var admin = _server.Client("admin");
        using var carrier = _server.Client();
        string lists = Path.Combine(AppContext.BaseDirectory, "TestData", "Lists");
        var bad = await admin.PutAsync(new Uri("/api/v1/watchlists/entry-ban", UriKind.Relative),
            new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(lists, "entry_ban_malformed.csv"))));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("line 2", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var volkov = List("TX-6", Passenger("VOLKOV", "DMITRI", "1975-05-05", "RUS", "RU1234567", "2030-01-01", "RUS", "051"));
        var before = await (await carrier.PostAsync(new Uri("/api/v1/iapi", UriKind.Relative), Json(volkov))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("1Z", before.GetProperty("passengers")[0].GetProperty("code").GetString());

        const string replacement = "ref,surname,given,birth_dates,nationalities\nKR-EB-0100,TANAKA,Hiro,1985-01-01,JPN\n";
        var good = await admin.PutAsync(new Uri("/api/v1/watchlists/entry-ban", UriKind.Relative), new StringContent(replacement));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var after = await (await carrier.PostAsync(new Uri("/api/v1/iapi", UriKind.Relative),
            Json(List("TX-7", Passenger("VOLKOV", "DMITRI", "1975-05-05", "RUS", "RU1234567", "2030-01-01", "RUS", "052"))))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("0Z", after.GetProperty("passengers")[0].GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsync(new Uri("/api/v1/watchlists/no-such-list", UriKind.Relative), new StringContent(replacement))).StatusCode);
        var empty = await admin.PutAsync(new Uri("/api/v1/watchlists/entry-ban", UriKind.Relative), new StringContent(""));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("the file is empty", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var headerOnly = await admin.PutAsync(new Uri("/api/v1/watchlists/entry-ban", UriKind.Relative), new StringContent("ref,surname\n"));
        Assert.Equal(HttpStatusCode.BadRequest, headerOnly.StatusCode);
        Assert.Contains("holds no entries", await headerOnly.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

/// <summary>The carrier APIs on the embedded SQLite store.</summary>
public sealed class ServiceTestsOnSqlite() : ServiceTests(TestStore.Sqlite);

/// <summary>The carrier APIs on PostgreSQL.</summary>
public sealed class ServiceTestsOnPostgres() : ServiceTests(TestStore.Postgres);
