using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Gateway.Cli;
using Gateway.IntegrationTests.Service;
using Gateway.Security;

namespace Gateway.IntegrationTests.Officers;

/// <summary>Officer tokens and roles at the boundary: every refusal with the right status, and what a good token opens.</summary>
public sealed class OfficerAuthTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);
    private readonly TestClock _clock = new(Start);
    private readonly string _data = Directory.CreateTempSubdirectory("gateway-officers-").FullName;
    private readonly RSA _provider = RSA.Create(2048);
    private GatewayServer _server = null!;

    public async Task InitializeAsync() => _server = await GatewayServer.StartAsync(_data, _clock, new Dictionary<string, string?>
    {
        ["Gateway:Officers:Keys:0:Id"] = "oidc-1",
        ["Gateway:Officers:Keys:0:Algorithm"] = "RS256",
        ["Gateway:Officers:Keys:0:PublicKeyPem"] = _provider.ExportSubjectPublicKeyInfoPem(),
    });

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _provider.Dispose();
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

    private byte[] Secret => File.ReadAllBytes(Path.Combine(_data, SigningKeys.SecretFile)) is var b ? Convert.FromBase64String(Encoding.ASCII.GetString(b)) : [];

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
    public async Task An_expired_token_is_refused_but_one_inside_the_skew_is_accepted()
    {
        string token = OfficerTokens.Mint(Secret, "gateway-dev", "gateway", "park", "PIN-2", ["pnr-officer"], Start.AddHours(-2), Start.AddSeconds(-10));
        Assert.Equal(HttpStatusCode.Created, await PostWithToken(token));   // 10 s late is inside the 30 s skew
        _clock.Now = Start.AddMinutes(1);
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWithToken(token));
    }

    [Fact]
    public async Task A_token_not_yet_valid_is_refused()
    {
        string token = OfficerTokens.Mint(Secret, "gateway-dev", "gateway", "park", "PIN-2", ["pnr-officer"], Start.AddMinutes(5), Start.AddHours(1));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWithToken(token));
    }

    [Theory]
    [InlineData("forged", "gateway-dev", "gateway", "signed with another secret")]
    [InlineData("right", "someone-else", "gateway", "wrong issuer")]
    [InlineData("right", "gateway-dev", "another-service", "wrong audience")]
    public async Task A_token_with_a_bad_signature_issuer_or_audience_is_refused(string key, string issuer, string audience, string reason)
    {
        byte[] secret = key == "right" ? Secret : RandomNumberGenerator.GetBytes(32);
        string token = OfficerTokens.Mint(secret, issuer, audience, "park", "PIN-2", ["pnr-officer"], Start, Start.AddHours(1));
        Assert.True(await PostWithToken(token) == HttpStatusCode.Unauthorized, reason);
    }

    [Fact]
    public async Task An_unsigned_token_or_a_tampered_payload_is_refused()
    {
        string good = OfficerTokens.Mint(Secret, "gateway-dev", "gateway", "lee", "PIN-1", ["officer"], Start, Start.AddHours(1));
        var parts = good.Split('.');
        string elevated = Convert.ToBase64String(Encoding.UTF8.GetBytes(
            $$"""{"iss":"gateway-dev","aud":"gateway","sub":"lee","pin":"PIN-1","roles":["pnr-officer"],"exp":{{Start.AddHours(1).ToUnixTimeSeconds()}}}"""))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        string none = Convert.ToBase64String("""{"alg":"none"}"""u8.ToArray()).TrimEnd('=');
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWithToken(parts[0] + "." + elevated + "." + parts[2]));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWithToken(none + "." + elevated + "."));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWithToken("not-a-jwt"));
    }

    [Fact]
    public async Task A_token_of_the_oidc_provider_is_accepted_with_its_configured_rs256_key_and_not_with_another_key()
    {
        Assert.Equal(HttpStatusCode.Created, await PostWithToken(Rs256(_provider, "oidc-1")));
        using var other = RSA.Create(2048);
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWithToken(Rs256(other, "oidc-1")));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWithToken(Rs256(_provider, "unknown-kid")));
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
    public async Task The_token_command_mints_a_token_the_service_accepts_with_the_secret_kept_in_the_data_folder()
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

    private static string Rs256(RSA key, string kid)
    {
        static string B64(byte[] b) => Convert.ToBase64String(b).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        string header = B64(Encoding.UTF8.GetBytes($$"""{"alg":"RS256","typ":"JWT","kid":"{{kid}}"}"""));
        string payload = B64(Encoding.UTF8.GetBytes(
            $$"""{"iss":"gateway-dev","aud":["gateway","other"],"sub":"oidc-user","pin":"PIN-7","roles":["pnr-officer"],"exp":{{Start.AddHours(1).ToUnixTimeSeconds()}}}"""));
        string signature = B64(key.SignData(Encoding.ASCII.GetBytes(header + "." + payload), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        return header + "." + payload + "." + signature;
    }
}
