using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Gateway.IntegrationTests.Service;

/// <summary>Reading back what was acknowledged (the load runner's reconciliation uses these), and large list uploads.</summary>
public sealed class ReadBackRoutesTests : IAsyncLifetime
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));
    private readonly string _data = Directory.CreateTempSubdirectory("gateway-readback-").FullName;
    private GatewayServer _server = null!;

    public async Task InitializeAsync() => _server = await GatewayServer.StartAsync(_data, _clock);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    private const string Check = """
        {"kind":"passengers","transactionReference":"RB1","conveyance":{"mode":"air","carrier":"KE","journeyId":"KE0702"},
         "legs":[{"journeyId":"KE0702","carrier":"KE","departure":{"port":"NRT","time":"2026-11-22T11:30"},"arrival":{"port":"ICN","time":"2026-11-22T14:00"}}],
         "travellers":[{"surname":"KIM","givenNames":["MINJUN"],"sex":"M","birthDate":"1990-03-03","nationality":"KOR",
           "documents":[{"type":"P","number":"M12345678","issuingState":"KOR","expiry":"2031-01-01"}],"references":{"AVF":"ABC123","ABO":"1"}}]}
        """;

    [Fact]
    public async Task An_interactive_check_reads_back_for_its_carrier_only()
    {
        using var ke = _server.Client("KE");
        using var oz = _server.Client("OZ");
        var posted = await ke.PostAsync(new Uri("/api/v1/iapi", UriKind.Relative), new StringContent(Check, Encoding.UTF8, "application/json"));
        var answer = await posted.Content.ReadFromJsonAsync<JsonElement>();
        string id = answer.GetProperty("submissionId").GetString()!;

        var again = await ke.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/iapi/" + id, UriKind.Relative));
        Assert.Equal(answer.GetProperty("reportId").GetString(), again.GetProperty("reportId").GetString());
        Assert.Equal(answer.GetProperty("passengers")[0].GetProperty("code").GetString(), again.GetProperty("passengers")[0].GetProperty("code").GetString());
        using var edifact = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/iapi/" + id, UriKind.Relative));
        edifact.Headers.Accept.ParseAdd("application/edifact");
        Assert.StartsWith("UNA", await (await ke.SendAsync(edifact)).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await oz.GetAsync(new Uri("/api/v1/iapi/" + id, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ke.GetAsync(new Uri("/api/v1/iapi/s_nothing", UriKind.Relative))).StatusCode);
        // A list submission's id is not an interactive check.
        var list = await ke.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative), new StringContent(Check.Replace("RB1", "RB2", StringComparison.Ordinal), Encoding.UTF8, "application/json"));
        string listSubmission = (await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("submissionId").GetString()!;
        Assert.Equal(HttpStatusCode.NotFound, (await ke.GetAsync(new Uri("/api/v1/iapi/" + listSubmission, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Runtime_figures_are_for_the_admin_and_count_what_the_process_did()
    {
        using var ke = _server.Client("KE");
        using var admin = _server.Client("admin");
        Assert.Equal(HttpStatusCode.Unauthorized, (await ke.GetAsync(new Uri("/health/runtime", UriKind.Relative))).StatusCode);
        var before = await admin.GetFromJsonAsync<JsonElement>(new Uri("/health/runtime", UriKind.Relative));
        await ke.PostAsync(new Uri("/api/v1/iapi", UriKind.Relative), new StringContent(Check, Encoding.UTF8, "application/json"));
        var after = await admin.GetFromJsonAsync<JsonElement>(new Uri("/health/runtime", UriKind.Relative));
        Assert.True(after.GetProperty("allocatedBytes").GetInt64() > before.GetProperty("allocatedBytes").GetInt64(), "a check allocates");
        Assert.True(after.GetProperty("threadPoolCompletedItems").GetInt64() > before.GetProperty("threadPoolCompletedItems").GetInt64());
        Assert.True(after.GetProperty("workingSetBytes").GetInt64() > 0);
        Assert.True(after.GetProperty("handleCount").GetInt32() > 0);
    }

    [Fact]
    public async Task A_pnr_push_reads_back_for_its_carrier_only()
    {
        using var ke = _server.Client("KE");
        using var oz = _server.Client("OZ");
        const string pnrgov = "UNA:+.?*'UNB+IATA:1+KE+KRIMMI+261122:0012+PNR01'UNH+1+PNRGOV:13:1:IA+KE0702/221126/1130'MSG+:22'ORG+KE:SEL'" +
            "TVL+221126:1130:221126:1400+NRT+ICN+KE+0702'EQN+1'SRC'RCI+KE:ABC123::201126:0900'TIF+KIM+MINJUN:A:1'" +
            "SSR+DOCS:HK::KE:::::/P/KOR/M12345678/KOR/03MAR90/M/01JAN31/KIM/MINJUN+::1'UNT+10+1'UNZ+1+PNR01'";
        var pushed = await ke.PostAsync(new Uri("/api/v1/pnr", UriKind.Relative), GatewayServer.Edifact(pnrgov));
        string id = (await pushed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var push = await ke.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/pnr/pushes/" + id, UriKind.Relative));
        Assert.Equal(1, push.GetProperty("pnrs").GetArrayLength());
        Assert.Contains("ABC123", push.GetProperty("pnrs")[0].GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await oz.GetAsync(new Uri("/api/v1/pnr/pushes/" + id, UriKind.Relative))).StatusCode);
        // The literal route still wins over the id.
        Assert.Equal(HttpStatusCode.OK, (await ke.GetAsync(new Uri("/api/v1/pnr/requests", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_watch_list_upload_larger_than_the_message_limit_is_accepted()
    {
        using var admin = _server.Client("admin");
        // Twenty passports an entry keep the entry count (and the index build) small while the body passes 10 MB.
        var csv = new StringBuilder("ref,surname,given,birth_dates,sex,nationalities,documents\n");
        int entries = 0;
        while (csv.Length < 11 * 1024 * 1024)
        {
            csv.Append("BIG-").Append(entries).Append(",SURNAME").Append(entries % 500).Append(",GIVEN,1970-01-01,M,KOR,");
            for (int d = 0; d < 20; d++) csv.Append(d == 0 ? "" : "|").Append('X').Append(((entries * 20) + d).ToString("D8", System.Globalization.CultureInfo.InvariantCulture)).Append(":KOR");
            csv.Append('\n');
            entries++;
        }
        var response = await admin.PutAsync(new Uri("/api/v1/watchlists/entry-ban", UriKind.Relative), new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(entries, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("entries").GetInt32());
    }
}
