using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Gateway.IntegrationTests.Officers;

/// <summary>
/// A small OIDC provider on a real Kestrel (loopback, free port): a discovery document and a JWKS whose keys the test adds
/// and withdraws while the gateway runs, and tokens signed with any key it made (published or not).
/// </summary>
public sealed class TestOidcProvider : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, SecurityKey> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JsonObject> _published = new(StringComparer.Ordinal);
    private int _jwksFetches;

    private TestOidcProvider(WebApplication app, string address)
    {
        _app = app;
        Issuer = address.TrimEnd('/');
    }

    /// <summary>The issuer URL (the gateway's <c>Authority</c>).</summary>
    public string Issuer { get; }

    /// <summary>How many times the JWKS was fetched.</summary>
    public int JwksFetches => Volatile.Read(ref _jwksFetches);

    public static async Task<TestOidcProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        TestOidcProvider? provider = null;
        app.MapGet("/.well-known/openid-configuration", () => Results.Text(new JsonObject
        {
            ["issuer"] = provider!.Issuer,
            ["jwks_uri"] = provider.Issuer + "/jwks",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256", "ES256"),
        }.ToJsonString(), "application/json"));
        app.MapGet("/jwks", () =>
        {
            Interlocked.Increment(ref provider!._jwksFetches);
            var keys = new JsonArray();
            foreach (var jwk in provider._published.Values) keys.Add(jwk.DeepClone());
            return Results.Text(new JsonObject { ["keys"] = keys }.ToJsonString(), "application/json");
        });
        await app.StartAsync();
        provider = new TestOidcProvider(app, app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return provider;
    }

    /// <summary>Makes an RSA key and publishes it in the JWKS.</summary>
    public void AddRsaKey(string kid)
    {
        var rsa = RSA.Create(2048);
        var p = rsa.ExportParameters(false);
        _keys[kid] = new RsaSecurityKey(rsa) { KeyId = kid };
        _published[kid] = new JsonObject { ["kty"] = "RSA", ["kid"] = kid, ["use"] = "sig", ["alg"] = "RS256", ["n"] = B64(p.Modulus!), ["e"] = B64(p.Exponent!) };
    }

    /// <summary>Makes a P-256 key and publishes it in the JWKS.</summary>
    public void AddEcKey(string kid)
    {
        var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var p = ec.ExportParameters(false);
        _keys[kid] = new ECDsaSecurityKey(ec) { KeyId = kid };
        _published[kid] = new JsonObject { ["kty"] = "EC", ["kid"] = kid, ["use"] = "sig", ["alg"] = "ES256", ["crv"] = "P-256", ["x"] = B64(p.Q.X!), ["y"] = B64(p.Q.Y!) };
    }

    /// <summary>Withdraws a key from the JWKS (it can still sign, as a leaked or retired key would).</summary>
    public void Withdraw(string kid) => _published.TryRemove(kid, out _);

    /// <summary>The public key bytes of a published RSA key as PEM (for the HS256 key-confusion forgery).</summary>
    public string PublicPem(string kid) => ((RsaSecurityKey)_keys[kid]).Rsa.ExportSubjectPublicKeyInfoPem();

    /// <summary>A token signed with the key <paramref name="kid"/>; <paramref name="change"/> edits the claims.</summary>
    public string Mint(string kid, DateTimeOffset notBefore, DateTimeOffset expires, Action<Dictionary<string, object>>? change = null,
        string audience = "gateway", string? issuer = null)
    {
        var claims = new Dictionary<string, object> { ["sub"] = "oidc-officer", ["pin"] = "PIN-7", ["roles"] = new[] { "pnr-officer" } };
        change?.Invoke(claims);
        var key = _keys[kid];
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            NotBefore = notBefore.UtcDateTime,
            IssuedAt = notBefore.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, key is RsaSecurityKey ? SecurityAlgorithms.RsaSha256 : SecurityAlgorithms.EcdsaSha256),
        });
    }

    public static string B64(byte[] bytes) => Base64Url.EncodeToString(bytes);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        foreach (var key in _keys.Values)
        {
            if (key is RsaSecurityKey rsa) rsa.Rsa.Dispose();
            if (key is ECDsaSecurityKey ec) ec.ECDsa.Dispose();
        }
    }
}
