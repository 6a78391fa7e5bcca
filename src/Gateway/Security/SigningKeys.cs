using System.Security.Cryptography;
using System.Text;
using Gateway.Options;

namespace Gateway.Security;

/// <summary>
/// The keys officer tokens are checked with: the local issuer's HS256 secret (configured, or on the embedded defaults
/// generated once and kept in the data folder so that <c>gateway token</c> and the service agree) and the OIDC provider's
/// public keys (RS256, ES256) from configuration.
/// </summary>
public sealed class SigningKeys : IDisposable
{
    /// <summary>The file under the data folder that keeps a generated development secret.</summary>
    public const string SecretFile = "officer-signing.key";

    private readonly Dictionary<string, (string Algorithm, AsymmetricAlgorithm Key)> _public = new(StringComparer.Ordinal);

    /// <summary>Reads the keys; generates the development secret when allowed and none is configured.</summary>
    public SigningKeys(OfficerOptions options, string dataFolder)
    {
        if (options.SigningSecret is { Length: > 0 } secret)
        {
            if (Encoding.UTF8.GetByteCount(secret) < 32) throw new InvalidOperationException("Gateway:Officers:SigningSecret must be at least 32 bytes");
            Secret = Encoding.UTF8.GetBytes(secret);
        }
        else if (options.DevelopmentIssuer)
        {
            Secret = LoadOrCreate(dataFolder);
        }
        foreach (var k in options.Keys)
        {
            AsymmetricAlgorithm key = k.Algorithm switch
            {
                "RS256" => RSA.Create(),
                "ES256" => ECDsa.Create(),
                _ => throw new InvalidOperationException($"Gateway:Officers:Keys: algorithm {k.Algorithm} of key {k.Id} is not RS256 or ES256"),
            };
            key.ImportFromPem(k.PublicKeyPem);
            _public[k.Id] = (k.Algorithm, key);
        }
    }

    /// <summary>The HS256 secret, or null when the local issuer is off.</summary>
    public byte[]? Secret { get; }

    /// <summary>A configured public key by id.</summary>
    public bool TryGet(string kid, out string algorithm, out AsymmetricAlgorithm key)
    {
        bool found = _public.TryGetValue(kid, out var k);
        (algorithm, key) = found ? k : ("", null!);
        return found;
    }

    // Created with owner-only permissions where the platform has them: the secret mints officer tokens.
    private static byte[] LoadOrCreate(string dataFolder) => Convert.FromBase64String(DataFolderFile.ReadOrCreate(
        Path.Combine(dataFolder, SecretFile), () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))).Trim());

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var (_, k) in _public.Values) k.Dispose();
    }
}
