namespace Gateway.IntegrationTests.Service;

/// <summary>A clock the test sets: the gateway judges timing against it.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
