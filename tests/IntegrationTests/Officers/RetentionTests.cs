using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.IntegrationTests.Service;
using Gateway.Officers;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.IntegrationTests.Officers;

/// <summary>Retention with the test clock: PNR masked then deleted first, reports later, a confirmed hit's report kept, each purge audited.</summary>
public sealed class RetentionTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);
    private const string Pnrgov = "UNA:+.?*'UNB+IATA:1+KE+KRIMMI+261122:0012+PNR01'UNH+1+PNRGOV:13:1:IA+KE0702/221126/1130'MSG+:22'ORG+KE:SEL'" +
        "TVL+221126:1130:221126:1400+NRT+ICN+KE+0702'EQN+1'SRC'RCI+KE:ABC123::201126:0900'TIF+KIM+MINJUN:A:1'" +
        "SSR+DOCS:HK::KE:::::/P/KOR/M12345678/KOR/03MAR90/M/01JAN31/KIM/MINJUN+::1'UNT+10+1'UNZ+1+PNR01'";

    private readonly TestClock _clock = new(Start);
    private readonly string _data = Directory.CreateTempSubdirectory("gateway-retention-").FullName;
    private GatewayServer _server = null!;

    public async Task InitializeAsync() => _server = await GatewayServer.StartAsync(_data, _clock, new Dictionary<string, string?>
    {
        ["Gateway:Retention:ReportMaskDays"] = "30",
        ["Gateway:Retention:ReportDeleteDays"] = "90",
        ["Gateway:Retention:PnrMaskDays"] = "2",
        ["Gateway:Retention:PnrDeleteDays"] = "10",
    });

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Personal_data_is_masked_then_deleted_after_its_period_except_a_confirmed_case_and_each_purge_is_audited()
    {
        using var carrier = _server.Client("KE");
        var list = ServiceTests.List("TX-R1", ServiceTests.Passenger("VOLKOV", "DMITRI", "1975-05-05", "RUS", "RU1234567", "2030-01-01", "RUS", "701"));
        var posted = await carrier.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative), HitReviewTests.Json(list));
        string plain = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportId").GetString()!;
        var check = ServiceTests.List("TX-R2", ServiceTests.Passenger("ROSSI", "MARCO", "1980-02-02", "ITA", "YA7654321", "2030-01-01", "ITA", "702"));
        var checkedIn = await carrier.PostAsync(new Uri("/api/v1/iapi", UriKind.Relative), HitReviewTests.Json(check));
        string caseReport = (await checkedIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportId").GetString()!;
        var pushed = await carrier.PostAsync(new Uri("/api/v1/pnr", UriKind.Relative), GatewayServer.Edifact(Pnrgov));
        string pnr = (await pushed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        using var officer = _server.Officer("lee", "PIN-1", "officer");
        var hits = await HitReviewTests.WaitForHits(officer, "status=open", 2);
        string rossi = hits.GetProperty("hits").EnumerateArray().First(h => h.GetProperty("surname").GetString() == "ROSSI").GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync(new Uri($"/api/v1/hits/{rossi}/review", UriKind.Relative), HitReviewTests.Json("""{"decision":"confirm"}"""))).StatusCode);

        var store = _server.Services.GetRequiredService<IGatewayStore>();
        var retention = _server.Services.GetRequiredService<Retention>();
        Assert.Equal(new RetentionReport(0, 0, 0, 0, 0, 0), await retention.RunOnceAsync(CancellationToken.None));

        _clock.Now = Start.AddDays(3);   // past the PNR mask period only
        var first = await retention.RunOnceAsync(CancellationToken.None);
        Assert.Equal((1, 0), (first.PnrMasked, first.ReportsMasked));
        string pnrJson = (await store.GetDocumentAsync("pnr-push", pnr, CancellationToken.None))!.Json;
        Assert.DoesNotContain("MINJUN", pnrJson, StringComparison.Ordinal);
        Assert.Contains("ABC123", pnrJson, StringComparison.Ordinal);   // the locator stays
        Assert.Contains("VOLKOV", Travellers(store, plain), StringComparison.Ordinal);

        _clock.Now = Start.AddDays(31);  // past the report mask period and the PNR delete period
        var second = await retention.RunOnceAsync(CancellationToken.None);
        Assert.Equal((1, 1, 1), (second.ReportsMasked, second.ReportsKept, second.PnrDeleted));
        string masked = Travellers(store, plain) + (await store.GetReportAsync(plain, CancellationToken.None))!.Json;
        foreach (var personal in new[] { "VOLKOV", "DMITRI", "1975-05-05", "RU1234567" }) Assert.DoesNotContain(personal, masked, StringComparison.Ordinal);
        Assert.Null(await store.GetDocumentAsync("pnr-push", pnr, CancellationToken.None));
        Assert.Contains("ROSSI", Travellers(store, caseReport), StringComparison.Ordinal);   // the confirmed case is kept whole
        using var later = _server.Officer("lee", "PIN-1", "officer");   // the first token expired with the clock's jump
        // The open hit stays reviewable, but the traveller in it is masked (the list entry's own name is list data and stays).
        var open = Assert.Single((await later.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/hits?status=open", UriKind.Relative))).GetProperty("hits").EnumerateArray());
        Assert.Equal("***", open.GetProperty("surname").GetString());
        Assert.True(!open.TryGetProperty("birthDate", out var birth) || birth.ValueKind == JsonValueKind.Null);

        _clock.Now = Start.AddDays(91);
        var third = await retention.RunOnceAsync(CancellationToken.None);
        Assert.Equal(1, third.ReportsDeleted);
        Assert.Null(await store.GetReportAsync(plain, CancellationToken.None));
        Assert.Empty(await store.GetTravellersAsync(plain, CancellationToken.None));
        Assert.NotNull(await store.GetReportAsync(caseReport, CancellationToken.None));

        using var admin = _server.Officer("choi", "PIN-9", "admin");
        var audit = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/audit?action=retention-purge", UriKind.Relative));
        var purges = audit.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("entry")).ToList();
        Assert.Equal(3, purges.Count);
        Assert.All(purges, p => Assert.Equal("system", p.GetProperty("officer").GetString()));
        Assert.Contains("\"reportsDeleted\":1", purges[2].GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(Start.AddDays(91), purges[2].GetProperty("at").GetDateTimeOffset());
        Assert.True((await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/audit/verify", UriKind.Relative))).GetProperty("intact").GetBoolean());
    }

    private static string Travellers(IGatewayStore store, string report)
    {
        var rows = store.GetTravellersAsync(report, CancellationToken.None).GetAwaiter().GetResult();
        return new StringBuilder().AppendJoin('\n', rows.Select(r => r.Json)).ToString();
    }
}
