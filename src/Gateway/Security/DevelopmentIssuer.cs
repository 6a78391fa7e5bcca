using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Gateway.Security;

/// <summary>
/// The gateway as its own OIDC issuer, for development and the embedded defaults: an ES256 key generated once and kept in
/// the data folder (owner-only) so that <c>gateway token</c> and the service agree, published as a discovery document and
/// a JWKS under <c>/dev-issuer/</c>. The service checks officer tokens through the same JWT bearer handler, discovery and
/// JWKS parsing as with a production provider; only the transport differs (the documents are read in-process).
/// </summary>
public sealed class DevelopmentIssuer : IDisposable
{
    /// <summary>The file under the data folder that keeps the issuer's private key (PKCS#8 PEM).</summary>
    public const string KeyFile = "officer-issuer.pem";

    /// <summary>The <c>iss</c> of development tokens and the discovery document's <c>issuer</c>.</summary>
    public const string Name = "gateway-dev";

    /// <summary>The route prefix the documents are served under.</summary>
    public const string Path = "/dev-issuer";

    /// <summary>The discovery document's route.</summary>
    public const string DiscoveryPath = Path + "/.well-known/openid-configuration";

    /// <summary>The JWKS route.</summary>
    public const string JwksPath = Path + "/jwks.json";

    private readonly ECDsa _key;

    /// <summary>Loads the key from the data folder, or makes it there.</summary>
    public DevelopmentIssuer(string dataFolder)
    {
        _key = ECDsa.Create();
        // Kept owner-only in the data folder (the key mints officer tokens), made once and reused across restarts.
        _key.ImportFromPem(DataFolderFile.ReadOrCreate(System.IO.Path.Combine(dataFolder, KeyFile), () =>
        {
            using var made = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            return made.ExportPkcs8PrivateKeyPem();
        }));
        var p = _key.ExportParameters(includePrivateParameters: false);
        string x = Base64Url.EncodeToString(p.Q.X), y = Base64Url.EncodeToString(p.Q.Y);
        // RFC 7638 thumbprint: the required members in lexicographic order, no white space.
        KeyId = Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes($$"""{"crv":"P-256","kty":"EC","x":"{{x}}","y":"{{y}}"}""")));
        Jwks = Json(w =>
        {
            w.WriteStartArray("keys");
            w.WriteStartObject();
            w.WriteString("kty", "EC");
            w.WriteString("crv", "P-256");
            w.WriteString("x", x);
            w.WriteString("y", y);
            w.WriteString("kid", KeyId);
            w.WriteString("use", "sig");
            w.WriteString("alg", SecurityAlgorithms.EcdsaSha256);
            w.WriteEndObject();
            w.WriteEndArray();
        });
    }

    /// <summary>The key's id (its RFC 7638 thumbprint), in every token's header.</summary>
    public string KeyId { get; }

    /// <summary>The JWKS (public key only).</summary>
    public string Jwks { get; }

    /// <summary>The discovery document, naming the JWKS at <paramref name="baseAddress"/>.</summary>
    public static string Discovery(string baseAddress) => Json(w =>
    {
        w.WriteString("issuer", Name);
        w.WriteString("jwks_uri", baseAddress.TrimEnd('/') + JwksPath);
        w.WriteStartArray("id_token_signing_alg_values_supported");
        w.WriteStringValue(SecurityAlgorithms.EcdsaSha256);
        w.WriteEndArray();
    });

    /// <summary>Mints an officer token (the <c>gateway token</c> command and the tests).</summary>
    public string Mint(string audience, string officer, string pin, IEnumerable<string> roles, DateTimeOffset notBefore, DateTimeOffset expires) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Name,
            Audience = audience,
            IssuedAt = notBefore.UtcDateTime,
            NotBefore = notBefore.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = new Dictionary<string, object> { ["sub"] = officer, [Officer.PinClaim] = pin, ["roles"] = roles.ToArray() },
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(_key) { KeyId = KeyId }, SecurityAlgorithms.EcdsaSha256),
        });

    private static string Json(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();
}
