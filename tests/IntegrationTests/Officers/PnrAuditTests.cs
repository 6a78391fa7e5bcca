using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.IntegrationTests.Service;
using Microsoft.Data.Sqlite;

namespace Gateway.IntegrationTests.Officers;

/// <summary>PNR for designated officers only, with a stated purpose, every access in a hash-chained audit log that shows tampering.</summary>
public sealed class PnrAuditTests : IAsyncLifetime
{
    private const string Pnrgov = "UNA:+.?*'UNB+IATA:1+KE+KRIMMI+261122:0012+PNR01'UNH+1+PNRGOV:13:1:IA+KE0702/221126/1130'MSG+:22'ORG+KE:SEL'" +
        "TVL+221126:1130:221126:1400+NRT+ICN+KE+0702'EQN+1'SRC'RCI+KE:ABC123::201126:0900'TIF+KIM+MINJUN:A:1'" +
        "SSR+DOCS:HK::KE:::::/P/KOR/M12345678/KOR/03MAR90/M/01JAN31/KIM/MINJUN+::1'UNT+10+1'UNZ+1+PNR01'";

    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));
    private readonly string _data = Directory.CreateTempSubdirectory("gateway-pnr-").FullName;
    private GatewayServer _server = null!;

    public async Task InitializeAsync() => _server = await GatewayServer.StartAsync(_data, _clock);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    private async Task<string> Push()
    {
        using var carrier = _server.Client("KE");
        var pushed = await carrier.PostAsync(new Uri("/api/v1/pnr", UriKind.Relative), GatewayServer.Edifact(Pnrgov));
        Assert.Equal(HttpStatusCode.Created, pushed.StatusCode);
        return (await pushed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task A_designated_officer_searches_and_reads_pnr_with_a_purpose_and_each_access_is_audited()
    {
        string id = await Push();
        using var pnr = _server.Officer("park", "PIN-2", "pnr-officer");
        var found = await pnr.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/pnr?flight=KE702&name=kim&purpose=case%202026-118", UriKind.Relative));
        var hit = Assert.Single(found.GetProperty("pushes").EnumerateArray());
        Assert.Equal((id, "ABC123"), (hit.GetProperty("id").GetString(), hit.GetProperty("locators")[0].GetString()));

        using var read = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/v1/pnr/{id}", UriKind.Relative));
        read.Headers.Add("X-Purpose", "case 2026-118: travel companions");
        var response = await pnr.SendAsync(read);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("KIM", doc.GetProperty("push").GetProperty("pnrs")[0].GetProperty("travellers")[0].GetProperty("name").GetProperty("surname").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await pnr.GetAsync(new Uri($"/api/v1/pnr/{id}", UriKind.Relative))).StatusCode);

        using var admin = _server.Officer("choi", "PIN-9", "admin");
        var audit = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/audit", UriKind.Relative));
        var entries = audit.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("entry")).ToList();
        Assert.Equal(["pnr-search", "pnr-read"], entries.Select(e => e.GetProperty("action").GetString()));
        var last = entries[1];
        Assert.Equal(("park", "PIN-2", id, "case 2026-118: travel companions"),
            (last.GetProperty("officer").GetString(), last.GetProperty("pin").GetString(), last.GetProperty("target").GetString(), last.GetProperty("purpose").GetString()));
        Assert.Equal(_clock.Now, last.GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public async Task Pnr_is_refused_to_a_carrier_key_and_to_an_officer_without_the_designation_and_audit_to_non_admins()
    {
        string id = await Push();
        using var carrier = _server.Client("KE");
        Assert.Equal(HttpStatusCode.Unauthorized, (await carrier.GetAsync(new Uri($"/api/v1/pnr/{id}?purpose=look", UriKind.Relative))).StatusCode);
        using var officer = _server.Officer("lee", "PIN-1", "officer", "admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync(new Uri($"/api/v1/pnr/{id}?purpose=look", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync(new Uri("/api/v1/pnr?purpose=look", UriKind.Relative))).StatusCode);
        using var pnr = _server.Officer("park", "PIN-2", "pnr-officer");
        Assert.Equal(HttpStatusCode.Forbidden, (await pnr.GetAsync(new Uri("/api/v1/audit", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_audit_chain_verifies_and_shows_the_first_altered_or_removed_entry()
    {
        string id = await Push();
        using var pnr = _server.Officer("park", "PIN-2", "pnr-officer");
        for (int i = 0; i < 4; i++) await pnr.GetAsync(new Uri($"/api/v1/pnr/{id}?purpose=case-{i}", UriKind.Relative));
        using var admin = _server.Officer("choi", "PIN-9", "admin");
        var intact = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/audit/verify", UriKind.Relative));
        Assert.Equal((true, 4), (intact.GetProperty("intact").GetBoolean(), intact.GetProperty("checked").GetInt32()));

        // Someone with database access rewrites who read the PNR in the second entry.
        using (var db = new SqliteConnection($"Data Source={Path.Combine(_data, "gateway.db")}"))
        {
            db.Open();
            using var alter = db.CreateCommand();
            alter.CommandText = "UPDATE audit SET entry = replace(entry, 'PIN-2', 'PIN-5') WHERE seq = 2";
            Assert.Equal(1, alter.ExecuteNonQuery());
        }
        var altered = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/audit/verify", UriKind.Relative));
        Assert.Equal((false, 2), (altered.GetProperty("intact").GetBoolean(), altered.GetProperty("firstBroken").GetInt64()));
        Assert.Contains("altered", altered.GetProperty("why").GetString(), StringComparison.Ordinal);

        using (var db = new SqliteConnection($"Data Source={Path.Combine(_data, "gateway.db")}"))
        {
            db.Open();
            using var repair = db.CreateCommand();
            repair.CommandText = "UPDATE audit SET entry = replace(entry, 'PIN-5', 'PIN-2') WHERE seq = 2; DELETE FROM audit WHERE seq = 3";
            repair.ExecuteNonQuery();
        }
        var removed = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/audit/verify", UriKind.Relative));
        Assert.Equal((false, 4), (removed.GetProperty("intact").GetBoolean(), removed.GetProperty("firstBroken").GetInt64()));
        Assert.Contains("removed", removed.GetProperty("why").GetString(), StringComparison.Ordinal);
    }
}
