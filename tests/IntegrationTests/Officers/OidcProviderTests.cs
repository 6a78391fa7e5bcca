using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.IntegrationTests.Service;

namespace Gateway.IntegrationTests.Officers;

/// <summary>
/// Officer tokens of an OIDC provider, checked by the JWT bearer handler through the provider's discovery document and
/// JWKS: key rotation (a key published after start is picked up, a withdrawn one refused), and every way a token is refused.
/// </summary>
public sealed class OidcProviderTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);
    private static readonly Uri PnrRequests = new("/api/v1/pnr/requests", UriKind.Relative);
    private readonly TestClock _clock = new(Start);
    private readonly string _data = Directory.CreateTempSubdirectory("gateway-oidc-").FullName;
    private TestOidcProvider _provider = null!;
    private GatewayServer _server = null!;

    public async Task InitializeAsync()
    {
        _provider = await TestOidcProvider.StartAsync();
        _provider.AddRsaKey("key-2026-11");
        _server = await GatewayServer.StartAsync(_data, _clock, new Dictionary<string, string?>
        {
            ["Gateway:Officers:Authority"] = _provider.Issuer,
            ["Gateway:Officers:RequireHttpsMetadata"] = "false",
            ["Gateway:Officers:KeyRefetchSeconds"] = "1",
        });
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _provider.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    private string Token(string kid, Action<Dictionary<string, object>>? change = null, string audience = "gateway", string? issuer = null) =>
        _provider.Mint(kid, Start.AddMinutes(-1), Start.AddHours(1), change, audience, issuer);

    private async Task<HttpResponseMessage> Post(string token)
    {
        using var client = new HttpClient { BaseAddress = _server.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.PostAsync(PnrRequests, new StringContent(new JsonObject
        {
            ["carrier"] = "KE", ["journeyId"] = "KE0702", ["scheduledDeparture"] = "2026-11-22T11:30+09:00", ["kind"] = "transfer", ["purpose"] = "case 1",
        }.ToJsonString(), Encoding.UTF8, "application/json"));
    }

    private async Task<(HttpStatusCode Status, string Detail)> Refusal(string token)
    {
        var response = await Post(token);
        string detail = response.StatusCode == HttpStatusCode.Created ? "" : (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        return (response.StatusCode, detail);
    }

    [Fact]
    public async Task A_token_of_the_provider_is_accepted_with_the_key_its_discovery_document_names()
    {
        Assert.Equal(HttpStatusCode.Created, (await Post(Token("key-2026-11"))).StatusCode);
        Assert.True(_provider.JwksFetches >= 1, "the gateway fetched the provider's JWKS");
    }

    [Fact]
    public async Task A_key_published_after_start_is_picked_up_and_a_withdrawn_key_is_refused_after_the_next_fetch()
    {
        Assert.Equal(HttpStatusCode.Created, (await Post(Token("key-2026-11"))).StatusCode);
        int fetches = _provider.JwksFetches;
        _provider.AddEcKey("key-2026-12");
        // The new kid is not in the JWKS the gateway holds: it fetches the JWKS again and accepts the token at once.
        Assert.Equal(HttpStatusCode.Created, (await Post(Token("key-2026-12"))).StatusCode);
        Assert.True(_provider.JwksFetches > fetches, "a token with an unknown kid made the gateway fetch the JWKS again");

        _provider.Withdraw("key-2026-11");
        _provider.AddRsaKey("key-2027-01");
        await Task.Delay(TimeSpan.FromSeconds(1.2));   // KeyRefetchSeconds=1: the next unknown kid may fetch again
        Assert.Equal(HttpStatusCode.Created, (await Post(Token("key-2027-01"))).StatusCode);
        var (status, detail) = await Refusal(Token("key-2026-11"));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("key", detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await Post(Token("key-2026-12"))).StatusCode);
    }

    [Fact]
    public async Task An_unsigned_alg_none_token_is_refused()
    {
        string header = TestOidcProvider.B64("""{"alg":"none","typ":"JWT"}"""u8.ToArray());
        string payload = TestOidcProvider.B64(Encoding.UTF8.GetBytes(new JsonObject
        {
            ["iss"] = _provider.Issuer, ["aud"] = "gateway", ["sub"] = "mallory", ["pin"] = "PIN-0", ["roles"] = new JsonArray("pnr-officer"),
            ["exp"] = Start.AddHours(1).ToUnixTimeSeconds(),
        }.ToJsonString()));
        var (status, detail) = await Refusal(header + "." + payload + ".");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("signature", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_hs256_token_keyed_with_the_providers_public_key_is_refused()
    {
        // The classic key confusion: HMAC with the RSA public key as the secret. Only asymmetric algorithms are accepted.
        string header = TestOidcProvider.B64("""{"alg":"HS256","typ":"JWT","kid":"key-2026-11"}"""u8.ToArray());
        string payload = TestOidcProvider.B64(Encoding.UTF8.GetBytes(new JsonObject
        {
            ["iss"] = _provider.Issuer, ["aud"] = "gateway", ["sub"] = "mallory", ["pin"] = "PIN-0", ["roles"] = new JsonArray("pnr-officer"),
            ["exp"] = Start.AddHours(1).ToUnixTimeSeconds(),
        }.ToJsonString()));
        byte[] mac = HMACSHA256.HashData(Encoding.ASCII.GetBytes(_provider.PublicPem("key-2026-11")), Encoding.ASCII.GetBytes(header + "." + payload));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(header + "." + payload + "." + TestOidcProvider.B64(mac))).StatusCode);
    }

    [Theory]
    [InlineData("audience", "the token is not for this audience")]
    [InlineData("issuer", "the token's issuer is not accepted")]
    [InlineData("pin", "the token has no pin")]
    [InlineData("role", "the token carries no officer role")]
    public async Task A_token_for_another_audience_from_another_issuer_or_without_pin_or_role_is_refused_saying_why(string fault, string why)
    {
        string token = fault switch
        {
            "audience" => Token("key-2026-11", audience: "another-service"),
            "issuer" => Token("key-2026-11", issuer: "https://someone-else.example"),
            "pin" => Token("key-2026-11", c => c.Remove("pin")),
            _ => Token("key-2026-11", c => c["roles"] = new[] { "superuser" }),
        };
        var (status, detail) = await Refusal(token);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.StartsWith(why, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_token_is_refused_but_one_inside_the_skew_is_accepted_and_one_not_yet_valid_is_refused()
    {
        string late = _provider.Mint("key-2026-11", Start.AddHours(-2), Start.AddSeconds(-10));
        Assert.Equal(HttpStatusCode.Created, (await Post(late)).StatusCode);   // 10 s late is inside the 30 s skew
        _clock.Now = Start.AddMinutes(1);
        Assert.Equal((HttpStatusCode.Unauthorized, "the token has expired"), await Refusal(late));
        string early = _provider.Mint("key-2026-11", Start.AddMinutes(10), Start.AddHours(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Refusal(early)).Status);
    }

    [Fact]
    public async Task A_role_the_route_does_not_allow_is_forbidden()
    {
        var response = await Post(Token("key-2026-11", c => c["roles"] = new[] { "officer", "admin" }));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task With_a_provider_the_development_issuer_is_neither_served_nor_trusted()
    {
        using var client = new HttpClient { BaseAddress = _server.Address };
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/dev-issuer/jwks.json", UriKind.Relative))).StatusCode);
        using var issuer = new Gateway.Security.DevelopmentIssuer(_data);
        string dev = issuer.Mint("gateway", "lee", "PIN-1", ["pnr-officer"], Start, Start.AddHours(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(dev)).StatusCode);
    }
}
