using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gateway.Security;

/// <summary>
/// The carriers kept in the data folder (<c>carriers.json</c>), written by the <c>gateway carriers</c> command and read by
/// the service (again whenever the file changes): API keys by hash only, rotation by expiry, client certificates. Keys from
/// configuration (<c>Gateway:Carriers:&lt;code&gt;:KeyHashes</c>) and the development keys live beside it, not in it.
/// </summary>
public static class CarrierRegistry
{
    /// <summary>The file under the data folder.</summary>
    public const string FileName = "carriers.json";

    /// <summary>Reads the registry (empty when the file is absent).</summary>
    public static CarrierRegistryFile Read(string dataFolder)
    {
        string path = Path.Combine(dataFolder, FileName);
        if (!File.Exists(path)) return new CarrierRegistryFile([]);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return JsonSerializer.Deserialize(stream, CarrierRegistryJson.Default.CarrierRegistryFile)
            ?? throw new InvalidDataException($"{path} is empty");
    }

    /// <summary>Writes the registry atomically (a new file renamed over the old), owner-only where the platform has it.</summary>
    public static void Write(string dataFolder, CarrierRegistryFile registry)
    {
        Directory.CreateDirectory(dataFolder);
        string path = Path.Combine(dataFolder, FileName), temp = path + ".tmp";
        var file = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temp, file)) JsonSerializer.Serialize(stream, registry, CarrierRegistryJson.Default.CarrierRegistryFile);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>A new API key: <c>gw_</c> and 32 random bytes, base64url.</summary>
    public static (string Id, string Key) NewKey() =>
        ("k_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)), "gw_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_'));
}

/// <summary>Source-generated JSON for the registry file.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CarrierRegistryFile))]
internal sealed partial class CarrierRegistryJson : JsonSerializerContext;
