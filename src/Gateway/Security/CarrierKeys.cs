using System.Security.Cryptography;
using System.Text;
using Gateway.Options;

namespace Gateway.Security;

/// <summary>
/// Resolves API keys to carriers. Keys are compared by their SHA-256 hash only; several keys per carrier allow rotation.
/// With <see cref="GatewayOptions.DevelopmentKeys"/>, random keys for two carriers and the admin are made at start-up
/// and printed once, so the embedded defaults work out of the box without a secret in any file.
/// </summary>
public sealed class CarrierKeys
{
    private readonly Dictionary<string, string> _carrierByHash = new(StringComparer.Ordinal);
    private readonly HashSet<string> _adminHashes = new(StringComparer.Ordinal);

    /// <summary>Builds the table from configuration (and development keys when enabled).</summary>
    public CarrierKeys(GatewayOptions options)
    {
        foreach (var (carrier, c) in options.Carriers)
        {
            foreach (var hash in c.KeyHashes) _carrierByHash[hash.ToLowerInvariant()] = carrier;
        }
        if (options.AdminKeyHash is { Length: > 0 } admin) _adminHashes.Add(admin.ToLowerInvariant());
        if (!options.DevelopmentKeys) return;
        foreach (var carrier in new[] { "KE", "OZ" })
        {
            string key = NewKey();
            _carrierByHash[Hash(key)] = carrier;
            DevelopmentKeys[carrier] = key;
        }
        string adminKey = NewKey();
        _adminHashes.Add(Hash(adminKey));
        DevelopmentKeys["admin"] = adminKey;
    }

    /// <summary>Development keys made at start-up, by carrier (and <c>admin</c>).</summary>
    public Dictionary<string, string> DevelopmentKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>The carrier a key belongs to, or null.</summary>
    public string? Carrier(string? key) => key is { Length: > 0 } && _carrierByHash.TryGetValue(Hash(key), out var c) ? c : null;

    /// <summary>Whether the key is an admin key.</summary>
    public bool IsAdmin(string? key) => key is { Length: > 0 } && _adminHashes.Contains(Hash(key));

    /// <summary>Hex SHA-256 of a key, as configured in <c>KeyHashes</c>.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string NewKey() => "dev-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
