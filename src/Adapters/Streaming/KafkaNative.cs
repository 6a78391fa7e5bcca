using System.Globalization;
using Confluent.Kafka;

namespace Gateway.Adapters.Streaming;

/// <summary>
/// Loads the native librdkafka that the librdkafka.redist package ships (<c>runtimes/linux-x64/native</c>) and checks
/// its version. Confluent.Kafka probes the package's <c>librdkafka.so</c> first; on Debian that file needs
/// <c>libsasl2.so.3</c>, which Debian does not have, so it is skipped and the bundled <c>centos8-librdkafka.so</c> loads.
/// A system <c>librdkafka.so</c> (Debian's librdkafka-dev) is found before both and would load silently; an old one
/// lacks entry points the client calls, so <see cref="EnsureLoaded"/> refuses any version older than
/// <see cref="ExpectedVersion"/>, naming the file that loaded.
/// </summary>
public static class KafkaNative
{
    /// <summary>The librdkafka the client was built and tested with: 2.16.0, as <c>rd_kafka_version()</c> encodes it (0xMMmmrrpp).</summary>
    public const int ExpectedVersion = 0x021000FF;

    private static readonly Lock Gate = new();
    private static string? _path;

    /// <summary>The file the loaded librdkafka was mapped from (null before <see cref="EnsureLoaded"/>, or where the
    /// process's mappings cannot be read).</summary>
    public static string? LoadedPath
    {
        get
        {
            lock (Gate) return _path;
        }
    }

    /// <summary>Loads the library once and checks its version; later calls do nothing.</summary>
    /// <exception cref="InvalidOperationException">The library that loaded is older than <see cref="ExpectedVersion"/>.</exception>
    /// <exception cref="DllNotFoundException">No librdkafka could be loaded.</exception>
    public static void EnsureLoaded()
    {
        lock (Gate)
        {
            if (_path is not null) return;
            if (!Library.IsLoaded) Library.Load();
            string path = MappedFile() ?? "librdkafka (file not found in /proc/self/maps)";
            if (RefusalFor(Library.Version, Library.VersionString, path) is { } refusal) throw new InvalidOperationException(refusal);
            _path = path;
        }
    }

    /// <summary>
    /// Why a loaded librdkafka of <paramref name="version"/> must not be used, or null when it is recent enough.
    /// </summary>
    public static string? RefusalFor(int version, string versionString, string path) => version >= (ExpectedVersion & ~0xFF)
        ? null
        : $"librdkafka {versionString} loaded from {path}, but the gateway needs {VersionText(ExpectedVersion)} or later " +
            "(the library librdkafka.redist ships beside the gateway). A system librdkafka.so (e.g. Debian's librdkafka-dev) " +
            "is found before the bundled one: remove it, or start the gateway where it is not on the library path.";

    private static string VersionText(int v) => string.Create(CultureInfo.InvariantCulture, $"{(v >> 24) & 0xFF}.{(v >> 16) & 0xFF}.{(v >> 8) & 0xFF}");

    private static string? MappedFile()
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            foreach (string line in File.ReadLines("/proc/self/maps"))
            {
                int slash = line.IndexOf('/', StringComparison.Ordinal);
                if (slash >= 0 && line.AsSpan(slash).Contains("librdkafka", StringComparison.Ordinal)) return line[slash..];
            }
        }
        catch (IOException)
        {
            // Unreadable: the caller says the file is unknown.
        }
        return null;
    }
}
