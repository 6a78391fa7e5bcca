using System.Runtime.InteropServices;

namespace Gateway.IntegrationTests.Streaming;

/// <summary>A fact that needs Debian's librdkafka1 (for the mock cluster); reported as skipped, with the reason, where it is missing.</summary>
public sealed class KafkaFactAttribute : FactAttribute
{
    private static readonly bool Available = NativeLibrary.TryLoad("librdkafka.so.1", out _);

    public KafkaFactAttribute()
    {
        if (!Available) Skip = "librdkafka.so.1 (package librdkafka1) is not installed; run scripts/setup";
    }
}
