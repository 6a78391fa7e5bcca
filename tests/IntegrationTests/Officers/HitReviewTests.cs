using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gateway.IntegrationTests.Service;

namespace Gateway.IntegrationTests.Officers;

/// <summary>The hit review workflow over the API: a hit from the pipeline, its detail and message, confirm/dismiss, four eyes, the carrier's feed.</summary>
public sealed class HitReviewTests : IAsyncLifetime
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));
    private readonly string _data = Directory.CreateTempSubdirectory("gateway-hits-").FullName;
    private GatewayServer _server = null!;

    // Four eyes on lost-stolen lists only, so entry-ban hits are decided by one officer.
    public async Task InitializeAsync() => _server = await GatewayServer.StartAsync(_data, _clock, new Dictionary<string, string?>
    {
        ["Gateway:Officers:FourEyesKinds:0"] = "lost-stolen",
    });

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    internal static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    internal static async Task<JsonElement> WaitForHits(HttpClient officer, string query, int count)
    {
        for (int attempt = 0; attempt < 200; attempt++)
        {
            var page = await officer.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/hits?" + query, UriKind.Relative));
            if (page.GetProperty("total").GetInt64() >= count) return page;
            await Task.Delay(100);
        }
        throw new TimeoutException($"fewer than {count} hits for {query}");
    }

    private async Task<string> PostListedPassenger(string transaction, string abo)
    {
        using var carrier = _server.Client("KE");
        var list = ServiceTests.List(transaction,
            ServiceTests.Passenger("VOLKOV", "DMITRI", "1975-05-05", "RUS", "RU1234567", "2030-01-01", "RUS", abo),
            ServiceTests.Passenger("PARK", "SOYEON", "1995-07-07", "KOR", "M11112222", "2032-01-15", "KOR", "912"));
        var posted = await carrier.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative), Json(list));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        return list;
    }

    [Fact]
    public async Task A_pipeline_hit_is_listed_with_its_explanation_and_traces_back_to_the_exact_message()
    {
        string sent = await PostListedPassenger("TX-H1", "911");
        using var officer = _server.Officer("lee", "PIN-1", "officer");
        var page = await WaitForHits(officer, "list=entry-ban&status=open", 1);
        var summary = Assert.Single(page.GetProperty("hits").EnumerateArray());
        Assert.Equal(("VOLKOV", "KE702/261122", "hold"), (summary.GetProperty("surname").GetString(), summary.GetProperty("flightKey").GetString(), summary.GetProperty("band").GetString()));

        var detail = await officer.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/hits/{summary.GetProperty("id").GetString()}", UriKind.Relative));
        Assert.Equal("KR-EB-0001", detail.GetProperty("reference").GetString());
        Assert.Equal("KR-EB-0001", detail.GetProperty("entry").GetProperty("reference").GetString());
        Assert.Contains("1975-05-05", detail.GetProperty("entry").GetProperty("birthDates").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(("1975-05-05", "RUS", "RU1234567"), (detail.GetProperty("traveller").GetProperty("birthDate").GetString(),
            detail.GetProperty("traveller").GetProperty("nationality").GetString(), detail.GetProperty("traveller").GetProperty("documents")[0].GetProperty("number").GetString()));
        Assert.NotEmpty(detail.GetProperty("explanation").GetProperty("aligned").EnumerateArray());
        Assert.Equal(0, detail.GetProperty("travellerIndex").GetInt32());
        Assert.StartsWith("s_", detail.GetProperty("submissionId").GetString(), StringComparison.Ordinal);

        var message = await officer.GetStringAsync(new Uri(detail.GetProperty("links").GetProperty("message").GetString()!, UriKind.Relative));
        Assert.Equal(sent, message);
        var report = await officer.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/reports/{detail.GetProperty("reportId").GetString()}", UriKind.Relative));
        Assert.Equal("VOLKOV", report.GetProperty("travellers")[0].GetProperty("name").GetProperty("surname").GetString());
    }

    [Fact]
    public async Task Dismissing_a_hit_turns_the_passenger_to_board_and_the_carrier_feed_shows_the_change()
    {
        await PostListedPassenger("TX-H2", "921");
        using var officer = _server.Officer("lee", "PIN-1", "officer");
        var hit = (await WaitForHits(officer, "status=open", 1)).GetProperty("hits")[0].GetProperty("id").GetString();
        using var carrier = _server.Client("KE");
        var before = await carrier.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/iapi/updates?after=0&wait=5", UriKind.Relative));
        Assert.Equal("1Z", before.GetProperty("updates")[0].GetProperty("code").GetString());
        long cursor = before.GetProperty("next").GetInt64();

        var reviewed = await officer.PostAsync(new Uri($"/api/v1/hits/{hit}/review", UriKind.Relative), Json("""{"decision":"dismiss","note":"different person: date of birth differs on passport scan"}"""));
        Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
        var body = await reviewed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("dismissed", body.GetProperty("status").GetString());
        var review = body.GetProperty("reviews")[0];
        Assert.Equal(("lee", "PIN-1", "dismiss"), (review.GetProperty("officer").GetString(), review.GetProperty("pin").GetString(), review.GetProperty("decision").GetString()));

        var after = await carrier.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/iapi/updates?after={cursor}&wait=5", UriKind.Relative));
        var update = Assert.Single(after.GetProperty("updates").EnumerateArray());
        Assert.Equal(("VOLKOV", "0Z"), (update.GetProperty("surname").GetString(), update.GetProperty("code").GetString()));
        Assert.Contains("BGM+132", update.GetProperty("cusres").GetString(), StringComparison.Ordinal);

        var again = await officer.PostAsync(new Uri($"/api/v1/hits/{hit}/review", UriKind.Relative), Json("""{"decision":"confirm"}"""));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var bad = await officer.PostAsync(new Uri($"/api/v1/hits/{hit}/review", UriKind.Relative), Json("""{"decision":"maybe"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Confirming_an_interactive_hit_makes_the_passenger_do_not_board_with_the_officers_reason()
    {
        using var carrier = _server.Client("KE");
        var list = ServiceTests.List("TX-H3", ServiceTests.Passenger("ROSSI", "MARCO", "1980-02-02", "ITA", "YA7654321", "2030-01-01", "ITA", "931"));
        Assert.Equal(HttpStatusCode.OK, (await carrier.PostAsync(new Uri("/api/v1/iapi", UriKind.Relative), Json(list))).StatusCode);
        using var officer = _server.Officer("kim", "PIN-2", "pnr-officer");
        var hit = (await WaitForHits(officer, "flight=KE702&date=2026-11-22", 1)).GetProperty("hits")[0];
        var confirmed = await officer.PostAsync(new Uri($"/api/v1/hits/{hit.GetProperty("id").GetString()}/review", UriKind.Relative), Json("""{"decision":"confirm","note":"same person"}"""));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var feed = await carrier.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/iapi/updates?after=0&wait=5", UriKind.Relative));
        var update = Assert.Single(feed.GetProperty("updates").EnumerateArray());
        Assert.Equal(("1Z", "HIT-CONFIRMED"), (update.GetProperty("code").GetString(), update.GetProperty("reasons")[0].GetProperty("code").GetString()));
        Assert.Equal(0, (await officer.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/hits?flight=OZ101", UriKind.Relative))).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_four_eyes_hit_needs_a_second_different_officer_to_agree()
    {
        using var carrier = _server.Client("KE");
        // The crafted lost-stolen list has this document.
        var list = ServiceTests.List("TX-H4", ServiceTests.Passenger("BROWN", "JAMES", "1985-04-04", "GBR", "LS0000001", "2030-01-01", "GBR", "941"));
        Assert.Equal(HttpStatusCode.OK, (await carrier.PostAsync(new Uri("/api/v1/iapi", UriKind.Relative), Json(list))).StatusCode);
        using var first = _server.Officer("lee", "PIN-1", "officer");
        using var second = _server.Officer("kim", "PIN-2", "officer");
        var hit = (await WaitForHits(first, "list=lost-stolen", 1)).GetProperty("hits")[0].GetProperty("id").GetString();
        var review = new Uri($"/api/v1/hits/{hit}/review", UriKind.Relative);

        var one = await (await first.PostAsync(review, Json("""{"decision":"confirm"}"""))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("awaiting-second", true), (one.GetProperty("status").GetString(), one.GetProperty("fourEyes").GetBoolean()));
        Assert.Equal(HttpStatusCode.Conflict, (await first.PostAsync(review, Json("""{"decision":"confirm"}"""))).StatusCode);
        var feed = await carrier.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/iapi/updates?after=0", UriKind.Relative));
        Assert.Empty(feed.GetProperty("updates").EnumerateArray());   // nothing final yet

        var disagreed = await (await second.PostAsync(review, Json("""{"decision":"dismiss"}"""))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("open", disagreed.GetProperty("status").GetString());
        await first.PostAsync(review, Json("""{"decision":"confirm"}"""));
        var two = await (await second.PostAsync(review, Json("""{"decision":"confirm","note":"agree"}"""))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("confirmed", two.GetProperty("status").GetString());
        Assert.Equal(["first-of-two", "disagreed", "first-of-two", "confirmed"], two.GetProperty("reviews").EnumerateArray().Select(r => r.GetProperty("outcome").GetString()));
        feed = await carrier.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/iapi/updates?after=0&wait=5", UriKind.Relative));
        Assert.Equal("HIT-CONFIRMED", Assert.Single(feed.GetProperty("updates").EnumerateArray()).GetProperty("reasons")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_hit_routes_refuse_a_carrier_key_and_an_admin_only_token_and_a_bad_filter()
    {
        using var carrier = _server.Client("KE");
        Assert.Equal(HttpStatusCode.Unauthorized, (await carrier.GetAsync(new Uri("/api/v1/hits", UriKind.Relative))).StatusCode);
        using var admin = _server.Officer("choi", "PIN-9", "admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync(new Uri("/api/v1/hits", UriKind.Relative))).StatusCode);
        using var officer = _server.Officer("lee", "PIN-1", "officer");
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.GetAsync(new Uri("/api/v1/hits?date=22/11/2026", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(new Uri("/api/v1/hits/h_nope", UriKind.Relative))).StatusCode);
    }
}
