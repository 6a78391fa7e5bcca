using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Gateway.Cli;
using Gateway.IntegrationTests.Service;
using Gateway.Security;
using System.Text.Json;

namespace Gateway.IntegrationTests.Officers;

/// <summary>Officer tokens and roles at the boundary: every refusal with the right status, and what a good token opens.</summary>
public sealed class OfficerAuthTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);
    private readonly TestClock _clock = new(Start);
    private readonly string _data = Directory.CreateTempSubdirectory("gateway-officers-").FullName;
    private GatewayServer _server = null!;

    public async Task InitializeAsync() => _server = await GatewayServer.StartAsync(_data, _clock);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    private static readonly Uri PnrRequests = new("/api/v1/pnr/requests", UriKind.Relative);

    private static StringContent PnrRequest() => new(new JsonObject
    {
        ["carrier"] = "KE", ["journeyId"] = "KE0702", ["scheduledDeparture"] = "2026-11-22T11:30+09:00", ["kind"] = "transfer", ["purpose"] = "case 1",
    }.ToJsonString(), Encoding.UTF8, "application/json");

    private async Task<HttpStatusCode> PostWithToken(string token)
    {
        using var client = new HttpClient { BaseAddress = _server.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await client.PostAsync(PnrRequests, PnrRequest())).StatusCode;
    }

    [Fact]
    public async Task A_carrier_key_on_an_officer_route_is_refused_as_unauthenticated()
    {
        using var carrier = _server.Client("KE");
        var response = await carrier.PostAsync(PnrRequests, PnrRequest());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_without_the_pnr_role_is_forbidden_pnr_and_a_designated_officer_is_not()
    {
        using var plain = _server.Officer("lee", "PIN-1", "officer", "admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await plain.PostAsync(PnrRequests, PnrRequest())).StatusCode);
        using var designated = _server.Officer("park", "PIN-2", "pnr-officer");
        Assert.Equal(HttpStatusCode.Created, (await designated.PostAsync(PnrRequests, PnrRequest())).StatusCode);
    }

    [Fact]
    public async Task Watch_list_replacement_takes_an_admin_token_and_refuses_an_officer_token()
    {
        using var officer = _server.Officer("lee", "PIN-1", "officer");
        var body = new StringContent("ref,surname,given,name,aliases,original_script,birth_dates,sex,nationalities,documents,listed_on\nX-1,DOE,John,,,,1970-01-01,M,USA,,2025-01-01\n");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutAsync(new Uri("/api/v1/watchlists/entry-ban", UriKind.Relative), body)).StatusCode);
        using var admin = _server.Officer("choi", "PIN-9", "admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsync(new Uri("/api/v1/watchlists/entry-ban", UriKind.Relative), body)).StatusCode);
    }

    [Fact]
    public async Task The_development_issuer_serves_its_discovery_document_and_the_jwks_its_tokens_are_checked_with()
    {
        using var client = new HttpClient { BaseAddress = _server.Address };
        var discovery = await client.GetFromJsonAsync<JsonElement>(new Uri("/dev-issuer/.well-known/openid-configuration", UriKind.Relative));
        Assert.Equal(DevelopmentIssuer.Name, discovery.GetProperty("issuer").GetString());
        var jwks = await client.GetFromJsonAsync<JsonElement>(new Uri(discovery.GetProperty("jwks_uri").GetString()!));
        var key = Assert.Single(jwks.GetProperty("keys").EnumerateArray());
        Assert.False(key.TryGetProperty("d", out _), "the JWKS carries no private key");
        string token = _server.Token("lee", "PIN-1", "officer");
        var header = JsonDocument.Parse(Convert.FromBase64String(Pad(token.Split('.')[0]))).RootElement;
        Assert.Equal(key.GetProperty("kid").GetString(), header.GetProperty("kid").GetString());
        Assert.Equal("ES256", header.GetProperty("alg").GetString());
    }

    [Fact]
    public async Task A_token_signed_with_another_key_under_the_development_issuers_kid_is_refused()
    {
        string good = _server.Token("park", "PIN-2", "pnr-officer");
        var parts = good.Split('.');
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        string forged = Convert.ToBase64String(other.SignData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), HashAlgorithmName.SHA256))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Assert.Equal(HttpStatusCode.Created, await PostWithToken(good));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWithToken(parts[0] + "." + parts[1] + "." + forged));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWithToken("not-a-jwt"));
    }

    private static string Pad(string b64url)
    {
        string b = b64url.Replace('-', '+').Replace('_', '/');
        return b + new string('=', (4 - b.Length % 4) % 4);
    }

    [Fact]
    public async Task The_token_command_mints_a_token_the_service_accepts_with_the_key_kept_in_the_data_folder()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, TokenCommand.Run("park", "PIN-2", "officer,pnr-officer", 60, _data, output, error));
        // The command stamps the wall clock; the server's clock is set to match it.
        _clock.Now = DateTimeOffset.UtcNow;
        Assert.Equal(HttpStatusCode.Created, await PostWithToken(output.ToString().Trim()));
        Assert.Equal(2, TokenCommand.Run("park", "PIN-2", "superuser", 60, _data, output, error));
        Assert.Contains("superuser", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hit_stream_opens_with_a_fresh_ticket_only()
    {
        using var officer = _server.Officer("lee", "PIN-1", "officer");
        var issued = await officer.PostAsync(new Uri("/api/v1/hits/stream/ticket", UriKind.Relative), null);
        string ticket = (await issued.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("ticket").GetString()!;
        using var anonymous = new HttpClient { BaseAddress = _server.Address };
        using (var stream = await anonymous.GetAsync(new Uri($"/api/v1/hits/stream?ticket={ticket}", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead))
        {
            Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
            Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
            using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());
            Assert.Equal("event: snapshot", await reader.ReadLineAsync());
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/v1/hits/stream?ticket=forged", UriKind.Relative))).StatusCode);
        _clock.Now = Start.AddMinutes(2);   // past the 60 s a ticket opens streams for
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri($"/api/v1/hits/stream?ticket={ticket}", UriKind.Relative))).StatusCode);
        using var carrier = _server.Client("KE");
        Assert.Equal(HttpStatusCode.Unauthorized, (await carrier.PostAsync(new Uri("/api/v1/hits/stream/ticket", UriKind.Relative), null)).StatusCode);
    }
}
