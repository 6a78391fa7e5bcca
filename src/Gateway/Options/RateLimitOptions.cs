namespace Gateway.Options;

/// <summary>Per-carrier request limits (section <c>Gateway:RateLimits</c>): a token bucket per carrier API key's carrier.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Apply the limits.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Sustained requests per second per carrier.</summary>
    public int PermitsPerSecond { get; set; } = 200;

    /// <summary>Burst: requests a carrier may send at once after a quiet spell.</summary>
    public int Burst { get; set; } = 2000;

    /// <summary>Overrides by carrier code (e.g. a large carrier's check-in system).</summary>
    public Dictionary<string, CarrierRateLimit> Carriers { get; set; } = [];
}

/// <summary>One carrier's own limit.</summary>
public sealed class CarrierRateLimit
{
    /// <summary>Sustained requests per second.</summary>
    public int PermitsPerSecond { get; set; }

    /// <summary>Burst.</summary>
    public int Burst { get; set; }
}
