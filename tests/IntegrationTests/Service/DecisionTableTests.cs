using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Adapters.Cusres;
using Gateway.IntegrationTests.Officers;

namespace Gateway.IntegrationTests.Service;

/// <summary>
/// The decision table end to end over HTTP with every kind of list loaded (docs/DECISIONS.md): 2Z in a CUSRES, departure bans
/// leaving, and an officer's confirmation citing the ground and the carrier's duty the boarding answer cited.
/// </summary>
public sealed class DecisionTableTests : IAsyncLifetime
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));
    private readonly string _data = Directory.CreateTempSubdirectory("gateway-decisions-").FullName;
    private GatewayServer _server = null!;

    public async Task InitializeAsync()
    {
        string lists = Path.Combine(AppContext.BaseDirectory, "TestData", "Lists");
        var settings = new Dictionary<string, string?>();
        int i = 2;   // after the server's entry-ban and lost-stolen lists
        foreach (var kind in new[] { "departure-ban", "sanctions", "wanted" })
        {
            settings[$"Gateway:WatchLists:{i}:Name"] = kind;
            settings[$"Gateway:WatchLists:{i}:Kind"] = kind;
            settings[$"Gateway:WatchLists:{i}:Format"] = "native-csv";
            settings[$"Gateway:WatchLists:{i}:Path"] = Path.Combine(lists, kind.Replace('-', '_') + ".csv");
            settings[$"Gateway:WatchLists:{i}:Optional"] = "false";
            i++;
        }
        _server = await GatewayServer.StartAsync(_data, _clock, settings);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Sanctions_and_wanted_hits_answer_2Z_in_the_cusres_of_an_interactive_check()
    {
        using var client = _server.Client();
        const string paxlst = "UNA:+.? 'UNB+UNOA:4+KE:ZZ+KRIMMI:ZZ+261122:0010+IA0101++IAPI'UNH+1+PAXLST:D:05B:UN:IATA+KE0702/261122/1130+01:F'" +
            "BGM+745'RFF+TN:KE0702IA9'TDT+20+KE0702+++KE'LOC+125+NRT'DTM+189:2611221130:201'LOC+87+ICN'DTM+232:2611221400:201'" +
            "NAD+FL+++ORLOV:ANTON'ATT+2++M'DTM+329:700110'NAT+2+BLR'RFF+AVF:ABC201'RFF+ABO:0201'DOC+P:110:111+BY1234567'DTM+36:300101'LOC+91+BLR'" +
            "NAD+FL+++DUVAL:PIERRE'ATT+2++M'DTM+329:821212'NAT+2+FRA'RFF+AVF:ABC202'RFF+ABO:0202'DOC+P:110:111+FR7654321'DTM+36:300101'LOC+91+FRA'" +
            "NAD+FL+++LEE:SUJIN'ATT+2++F'DTM+329:920202'NAT+2+KOR'RFF+AVF:ABC203'RFF+ABO:0203'DOC+P:110:111+M99990000'DTM+36:300101'LOC+91+KOR'" +
            "CNT+42:3'UNT+37+1'UNZ+1+IA0101'";
        var response = await client.PostAsync(new Uri("/api/v1/iapi", UriKind.Relative), GatewayServer.Edifact(paxlst));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = Assert.Single(CusresReader.Read(await response.Content.ReadAsStringAsync()).Responses);
        Assert.Equal([("0201", "2Z"), ("0202", "2Z"), ("0203", "0Z")], answer.Passengers.Select(p => (p.PassengerReference!, p.Status!.Code)));
    }

    [Fact]
    public async Task A_departing_flight_is_decided_on_departure_bans_with_each_ground_and_entry_bans_do_not_bear_on_it()
    {
        using var client = _server.Client();
        var passengers = Answer(await Check(client, Departing("TX-D1",
            ServiceTests.Passenger("CHOI", "JIWOO", "1988-08-08", "KOR", "M55556666", "2031-01-01", "KOR", "301"),     // departure ban, a national
            ServiceTests.Passenger("MILLER", "GRANT", "1977-07-07", "USA", "US5556667", "2031-01-01", "USA", "302"),   // departure suspension, a foreigner
            ServiceTests.Passenger("VOLKOV", "DMITRI", "1975-05-05", "RUS", "RU1234567", "2030-01-01", "RUS", "303"),  // entry ban: not when leaving
            ServiceTests.Passenger("ORLOV", "ANTON", "1970-01-10", "BLR", "BY1234567", "2031-01-01", "BLR", "304"),    // sanctions: an officer decides
            ServiceTests.Passenger("PARK", "SOYEON", "1995-07-07", "KOR", "M11112222", "2032-01-15", "KOR", "305"))));
        Assert.Equal(
            [("CHOI", "1Z", "HIT-DEPARTURE-BAN", "Act 4", "Act 73"), ("MILLER", "1Z", "HIT-DEPARTURE-BAN", "Act 29", "Act 73"), ("VOLKOV", "0Z", null, null, null),
             ("ORLOV", "2Z", "HIT-SANCTIONS", "Act 29", "Act 73"), ("PARK", "0Z", null, null, null)],
            passengers);
    }

    [Fact]
    public async Task An_officer_confirming_a_hit_cites_the_ground_and_duty_the_boarding_answer_cited()
    {
        using var client = _server.Client();
        // Arriving, a lost passport: 1Z on the document (Act 73), which the confirmation must cite too (it cited Act 7).
        var arriving = Answer(await Check(client, ServiceTests.List("TX-D2",
            ServiceTests.Passenger("BROWN", "JAMES", "1985-04-04", "GBR", "LS0000001", "2030-01-01", "GBR", "401"))));
        Assert.Equal(("BROWN", "1Z", "HIT-LOST-STOLEN", "Act 73", "Act 73"), Assert.Single(arriving));
        // Leaving, a sanctioned foreigner: 2Z on departure suspension (Act 29), not the entry ban (Act 11).
        var leaving = Answer(await Check(client, Departing("TX-D3",
            ServiceTests.Passenger("ORLOV", "ANTON", "1970-01-10", "BLR", "BY1234567", "2031-01-01", "BLR", "402"))));
        Assert.Equal(("ORLOV", "2Z", "HIT-SANCTIONS", "Act 29", "Act 73"), Assert.Single(leaving));

        using var officer = _server.Officer("lee", "PIN-1", "officer");
        using var second = _server.Officer("kim", "PIN-2", "officer");
        foreach (var list in new[] { "lost-stolen", "sanctions" })
        {
            var hit = (await HitReviewTests.WaitForHits(officer, "list=" + list, 1)).GetProperty("hits")[0].GetProperty("id").GetString();
            var review = new Uri($"/api/v1/hits/{hit}/review", UriKind.Relative);
            var first = await (await officer.PostAsync(review, HitReviewTests.Json("""{"decision":"confirm"}"""))).Content.ReadFromJsonAsync<JsonElement>();
            if (first.GetProperty("status").GetString() == "awaiting-second")   // four eyes on this kind
                Assert.Equal(HttpStatusCode.OK, (await second.PostAsync(review, HitReviewTests.Json("""{"decision":"confirm"}"""))).StatusCode);
        }

        var confirmed = new Dictionary<string, (string?, string?, string?, string?)>();
        for (int attempt = 0; attempt < 50 && confirmed.Count < 2; attempt++)
        {
            var feed = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/iapi/updates?after=0&wait=2", UriKind.Relative));
            foreach (var u in feed.GetProperty("updates").EnumerateArray())
            {
                var reason = u.GetProperty("reasons")[0];
                if (reason.GetProperty("code").GetString() != "HIT-CONFIRMED") continue;
                confirmed[u.GetProperty("surname").GetString()!] = (u.GetProperty("code").GetString(), reason.GetProperty("code").GetString(),
                    reason.GetProperty("article").GetString(), reason.GetProperty("duty").GetString());
            }
        }
        Assert.Equal(("1Z", "HIT-CONFIRMED", "Act 73", "Act 73"), confirmed["BROWN"]);
        Assert.Equal(("1Z", "HIT-CONFIRMED", "Act 29", "Act 73"), confirmed["ORLOV"]);
    }

    private static string Departing(string transaction, params string[] passengers)
    {
        var node = JsonNode.Parse(ServiceTests.List(transaction, passengers))!;
        var leg = node["legs"]![0]!;
        leg["departure"] = new JsonObject { ["port"] = "ICN", ["time"] = "2026-11-22T11:30" };
        leg["arrival"] = new JsonObject { ["port"] = "NRT", ["time"] = "2026-11-22T14:00" };
        return node.ToJsonString();
    }

    private static async Task<JsonElement> Check(HttpClient client, string list)
    {
        var response = await client.PostAsync(new Uri("/api/v1/iapi", UriKind.Relative), HitReviewTests.Json(list));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<(string?, string?, string?, string?, string?)> Answer(JsonElement answer) =>
    [
        .. answer.GetProperty("passengers").EnumerateArray().Select(p =>
        {
            var reasons = p.GetProperty("reasons");
            var first = reasons.GetArrayLength() == 0 ? (JsonElement?)null : reasons[0];
            return (p.GetProperty("surname").GetString(), p.GetProperty("code").GetString(), first?.GetProperty("code").GetString(),
                first?.GetProperty("article").GetString(), first?.GetProperty("duty").GetString());
        }),
    ];
}
