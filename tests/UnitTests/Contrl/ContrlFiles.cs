namespace Gateway.UnitTests.Contrl;

internal static class ContrlFiles
{
    internal static string Crafted(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Contrl", name));

    internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    internal static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.Zero));
}
