using Gateway.Adapters.Streaming;

namespace Gateway.UnitTests.Streaming;

public sealed class KafkaNativeVersionTests
{
    [Fact]
    public void An_older_librdkafka_is_refused_with_a_message_naming_the_file_that_loaded()
    {
        // Debian's librdkafka 2.0.2 (librdkafka-dev's librdkafka.so is found before the bundled library).
        string? refusal = KafkaNative.RefusalFor(0x020002FF, "2.0.2", "/usr/lib/x86_64-linux-gnu/librdkafka.so.1");

        Assert.NotNull(refusal);
        Assert.Contains("librdkafka 2.0.2 loaded from /usr/lib/x86_64-linux-gnu/librdkafka.so.1", refusal, StringComparison.Ordinal);
        Assert.Contains("needs 2.16.0 or later", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0x021000FF, "2.16.0", "the version the package ships")]
    [InlineData(0x02100100, "2.16.1", "a patch release")]
    [InlineData(0x021100FF, "2.17.0", "a later minor")]
    public void The_expected_version_or_a_later_one_is_accepted(int version, string text, string reason) =>
        Assert.True(KafkaNative.RefusalFor(version, text, "/app/runtimes/linux-x64/native/centos8-librdkafka.so") is null, reason);
}
