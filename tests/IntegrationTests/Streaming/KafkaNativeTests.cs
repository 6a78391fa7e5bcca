using Confluent.Kafka;
using Gateway.Adapters.Streaming;

namespace Gateway.IntegrationTests.Streaming;

public sealed class KafkaNativeTests
{
    [Fact]
    public void The_librdkafka_the_package_ships_loads_and_is_the_expected_version()
    {
        KafkaNative.EnsureLoaded();

        Assert.True(Library.Version >= (KafkaNative.ExpectedVersion & ~0xFF), $"librdkafka {Library.VersionString} loaded");
        string path = Assert.IsType<string>(KafkaNative.LoadedPath);
        // From the package beside the tests (runtimes/linux-x64/native), not a system library such as Debian's.
        Assert.StartsWith(AppContext.BaseDirectory, path, StringComparison.Ordinal);
        Assert.Contains("librdkafka", Path.GetFileName(path), StringComparison.Ordinal);
        Assert.Null(KafkaNative.RefusalFor(Library.Version, Library.VersionString, path));
    }
}
