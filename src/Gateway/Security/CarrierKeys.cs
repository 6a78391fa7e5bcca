using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Gateway.Options;

namespace Gateway.Security;

/// <summary>
/// Resolves API keys and client certificates to carriers. Keys are compared by their SHA-256 hash only; several keys per
/// carrier allow rotation. Three sources: configuration (<c>Gateway:Carriers:&lt;code&gt;:KeyHashes</c>, certificate
/// thumbprints and subjects), the carrier registry in the data folder (<c>carriers.json</c>, written by
/// <c>gateway carriers</c>, read again when it changes; its keys expire when rotated out), and, with
/// <see cref="GatewayOptions.DevelopmentKeys"/>, development keys for two carriers and the admin: made at the first start,
/// kept in the data folder (<see cref="DevelopmentKeyFile"/>, owner-only) and printed at every start, so the embedded
/// defaults work out of the box and a restart does not break the commands and runs that use them.
/// </summary>
public sealed class CarrierKeys
{
    /// <summary>The file under the data folder that keeps the development keys (delete it for new ones).</summary>
    public const string DevelopmentKeyFile = "development-keys";

    private const string AdminHolder = "admin";

    private static readonly string[] DevelopmentHolders = ["KE", "OZ", AdminHolder];

    private static readonly long RecheckMilliseconds = 1000;

    private readonly Dictionary<string, string> _carrierByHash = new(StringComparer.Ordinal);
    private readonly HashSet<string> _adminHashes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CarrierOptions> _configured;
    private readonly string _dataFolder;
    private readonly TimeProvider _clock;
    private readonly Lock _reload = new();
    private volatile Registered _registry;
    private long _checkedAt;

    /// <summary>Builds the table from configuration and the registry (and development keys when enabled).</summary>
    public CarrierKeys(GatewayOptions options, TimeProvider clock)
    {
        _clock = clock;
        _dataFolder = options.DataFolder;
        _configured = options.Carriers;
        _registry = Registered.Load(_dataFolder);
        _checkedAt = Environment.TickCount64;
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

    /// <summary>The carrier a key belongs to, or null (unknown, or a registry key past its expiry).</summary>
    public string? Carrier(string? key)
    {
        if (key is not { Length: > 0 }) return null;
        string hash = Hash(key);
        if (_carrierByHash.TryGetValue(hash, out var configured)) return configured;
        return Registry().ByHash.TryGetValue(hash, out var k) && (k.Expires is null || k.Expires > _clock.GetUtcNow()) ? k.Carrier : null;
    }

    /// <summary>The carrier a client certificate is mapped to (by SHA-256 thumbprint or subject), or null. The chain is checked elsewhere.</summary>
    public string? CarrierOf(X509Certificate2 certificate)
    {
        string thumbprint = Thumbprint(certificate), subject = Canonical(certificate.SubjectName);
        foreach (var (carrier, c) in _configured)
        {
            if (c.CertificateThumbprints.Any(t => string.Equals(t, thumbprint, StringComparison.OrdinalIgnoreCase))) return carrier;
            if (c.CertificateSubjects.Any(s => string.Equals(Subject(s), subject, StringComparison.Ordinal))) return carrier;
        }
        var registry = Registry();
        return registry.ByThumbprint.TryGetValue(thumbprint, out var byThumbprint) ? byThumbprint
            : registry.BySubject.TryGetValue(subject, out var bySubject) ? bySubject : null;
    }

    /// <summary>Whether the carrier must present its client certificate (its key alone is refused).</summary>
    public bool RequiresCertificate(string carrier) =>
        (_configured.TryGetValue(carrier, out var c) && c.RequireCertificate) || Registry().RequiringCertificate.Contains(carrier);

    /// <summary>Whether the key is an admin key.</summary>
    public bool IsAdmin(string? key) => key is { Length: > 0 } && _adminHashes.Contains(Hash(key));

    /// <summary>Hex SHA-256 of a key, as configured in <c>KeyHashes</c>.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Lower-case hex SHA-256 of a certificate (its DER bytes).</summary>
    public static string Thumbprint(X509Certificate2 certificate) => Convert.ToHexStringLower(certificate.GetCertHash(HashAlgorithmName.SHA256));

    /// <summary>A subject in one canonical form (decoded from its DER), so that spacing and separators in configuration do not matter.</summary>
    public static string Subject(string subject) => Canonical(new X500DistinguishedName(subject));

    private static string Canonical(X500DistinguishedName name) => new X500DistinguishedName(name.RawData).Name;

    private static string NewKey() => "dev-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private Registered Registry()
    {
        long now = Environment.TickCount64;
        if (now - Volatile.Read(ref _checkedAt) < RecheckMilliseconds) return _registry;
        lock (_reload)
        {
            if (now - _checkedAt < RecheckMilliseconds) return _registry;
            _checkedAt = now;
            if (Registered.StampOf(_dataFolder) != _registry.Stamp)
            {
                try
                {
                    _registry = Registered.Load(_dataFolder);
                }
                catch (Exception e) when (e is IOException or System.Text.Json.JsonException or InvalidDataException)
                {
                    // A half-edited or broken file: keep serving with what was read last (the command writes atomically).
                }
            }
        }
        return _registry;
    }

    private sealed record RegisteredKey(string Carrier, DateTimeOffset? Expires);

    private sealed record Registered(DateTime Stamp, Dictionary<string, RegisteredKey> ByHash, Dictionary<string, string> ByThumbprint,
        Dictionary<string, string> BySubject, HashSet<string> RequiringCertificate)
    {
        public static DateTime StampOf(string folder) => File.GetLastWriteTimeUtc(Path.Combine(folder, CarrierRegistry.FileName));

        public static Registered Load(string folder)
        {
            var stamp = StampOf(folder);
            var registered = new Registered(stamp, new(StringComparer.Ordinal), new(StringComparer.OrdinalIgnoreCase), new(StringComparer.Ordinal), new(StringComparer.Ordinal));
            foreach (var carrier in CarrierRegistry.Read(folder).Carriers)
            {
                foreach (var key in carrier.Keys) registered.ByHash[key.Sha256.ToLowerInvariant()] = new RegisteredKey(carrier.Code, key.Expires);
                foreach (var cert in carrier.Certificates)
                {
                    if (cert.Thumbprint is { Length: > 0 } t) registered.ByThumbprint[t] = carrier.Code;
                    if (cert.Subject is { Length: > 0 } s) registered.BySubject[Subject(s)] = carrier.Code;
                }
                if (carrier.RequireCertificate) registered.RequiringCertificate.Add(carrier.Code);
            }
            return registered;
        }
    }
}
