using System.Reflection;
using System.Runtime.InteropServices;
using Confluent.Kafka;

namespace Gateway.Adapters.Streaming;

/// <summary>
/// Loads the native librdkafka. The librdkafka.redist package here is an empty placeholder, so Confluent.Kafka's
/// own probing (runtimes/*/native) finds nothing; the library is Debian's librdkafka1, <c>librdkafka.so.1</c>.
/// Its P/Invoke declarations name <c>librdkafka</c>, which .NET would look for as <c>librdkafka.so</c> (only the -dev
/// package has that link), so the names are resolved to the versioned files here.
/// </summary>
public static class KafkaNative
{
    private static readonly Lock Gate = new();
    private static bool _resolverSet;

    /// <summary>Loads the library once; later calls do nothing.</summary>
    /// <exception cref="DllNotFoundException">librdkafka1 is not installed (run scripts/setup).</exception>
    public static void EnsureLoaded()
    {
        lock (Gate)
        {
            if (Library.IsLoaded) return;
            if (OperatingSystem.IsLinux() && NativeLibrary.TryLoad("librdkafka.so.1", out _))
            {
                if (!_resolverSet) NativeLibrary.SetDllImportResolver(typeof(Library).Assembly, Resolve);
                _resolverSet = true;
                Library.Load("librdkafka.so.1");
                return;
            }
            Library.Load(); // other platforms, or a real librdkafka.redist
        }
    }

    // Confluent.Kafka also calls dlopen through "libdl", which glibc 2.34+ ships only as libdl.so.2.
    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? path) => name switch
    {
        "librdkafka" when NativeLibrary.TryLoad("librdkafka.so.1", out var handle) => handle,
        "libdl" when NativeLibrary.TryLoad("libdl.so.2", out var handle) => handle,
        _ => IntPtr.Zero,
    };
}
