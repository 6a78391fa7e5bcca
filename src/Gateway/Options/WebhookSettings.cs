namespace Gateway.Options;

/// <summary>The webhook deliveries' settings (section <c>Gateway:Webhooks</c>); each carrier's endpoint is in its own section.</summary>
public sealed class WebhookSettings
{
    /// <summary>
    /// The store lease that lets one worker process at a time post a carrier's updates (one lease per carrier, renewed at
    /// half-time; another process takes over at most this long and a third after the holder stopped).
    /// </summary>
    public TimeSpan LeaseTime { get; set; } = TimeSpan.FromSeconds(30);
}
