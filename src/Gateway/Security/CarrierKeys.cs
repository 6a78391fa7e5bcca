using System.Security.Cryptography;
using System.Text;
using Gateway.Options;

namespace Gateway.Security;

/// <summary>
/// Resolves API keys to carriers. Keys are compared by their SHA-256 hash only; several keys per carrier allow rotation.
/// With <see cref="GatewayOptions.DevelopmentKeys"/>, random keys for two carriers and the admin are made at the first
/// start, kept in the data folder (<see cref="DevelopmentKeyFile"/>, owner-only) and printed at every start, so the
/// embedded defaults work out of the box and a restart does not break the commands and runs that use them.
/// </summary>
public sealed class CarrierKeys
{
    /// <summary>The file under the data folder that keeps the development keys (delete it for new ones).</summary>
    public const string DevelopmentKeyFile = "development-keys";

    private const string AdminHolder = "admin";

    private static readonly string[] DevelopmentHolders = ["KE", "OZ", AdminHolder];

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
        var kept = DataFolderFile.ReadOrCreate(Path.Combine(options.DataFolder, DevelopmentKeyFile),
            () => string.Concat(DevelopmentHolders.Select(h => $"{h} {NewKey()}\n")));
        foreach (var line in kept.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.Split(' ', 2) is not [var who, var key] || !DevelopmentHolders.Contains(who, StringComparer.Ordinal) || key.Length == 0)
            {
                throw new InvalidOperationException($"{Path.Combine(options.DataFolder, DevelopmentKeyFile)}: '{line}' is not 'HOLDER KEY' (holders: {string.Join(", ", DevelopmentHolders)}); delete the file for new keys");
            }
            if (who == AdminHolder) _adminHashes.Add(Hash(key));
            else _carrierByHash[Hash(key)] = who;
            DevelopmentKeys[who] = key;
        }
    }

    /// <summary>Development keys kept in the data folder, by carrier (and <c>admin</c>).</summary>
    public Dictionary<string, string> DevelopmentKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>The carrier a key belongs to, or null.</summary>
    public string? Carrier(string? key) => key is { Length: > 0 } && _carrierByHash.TryGetValue(Hash(key), out var c) ? c : null;

    /// <summary>Whether the key is an admin key.</summary>
    public bool IsAdmin(string? key) => key is { Length: > 0 } && _adminHashes.Contains(Hash(key));

    /// <summary>Hex SHA-256 of a key, as configured in <c>KeyHashes</c>.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string NewKey() => "dev-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
