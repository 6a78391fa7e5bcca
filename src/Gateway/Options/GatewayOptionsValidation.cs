using Microsoft.Extensions.Options;

namespace Gateway.Options;

/// <summary>Refuses to start on settings that cannot work, naming the setting and what it accepts.</summary>
internal sealed class GatewayOptionsValidation : IValidateOptions<GatewayOptions>
{
    public ValidateOptionsResult Validate(string? name, GatewayOptions o)
    {
        var errors = new List<string>();
        if (!GatewayRoles.IsKnown(o.Role)) errors.Add($"Gateway:Role is \"{o.Role}\"; expected all, api or worker");
        var s = o.Stream;
        if (!s.IsKafka && !string.Equals(s.Kind, StreamSettings.EmbeddedKind, StringComparison.OrdinalIgnoreCase))
            errors.Add($"Gateway:Stream:Kind is \"{s.Kind}\"; expected embedded or kafka");
        if (s.IsKafka && string.IsNullOrWhiteSpace(s.Kafka.BootstrapServers))
            errors.Add("Gateway:Stream:Kafka:BootstrapServers is required when Gateway:Stream:Kind is kafka");
        if (s.Partitions < 1) errors.Add($"Gateway:Stream:Partitions is {s.Partitions}; it must be at least 1");
        if (s.MaxAttempts < 1) errors.Add($"Gateway:Stream:MaxAttempts is {s.MaxAttempts}; it must be at least 1");
        if (string.IsNullOrWhiteSpace(s.GroupId)) errors.Add("Gateway:Stream:GroupId must not be empty");
        if (s.Relay.BatchSize < 1) errors.Add($"Gateway:Stream:Relay:BatchSize is {s.Relay.BatchSize}; it must be at least 1");
        if (s.Relay.LeaseTime < TimeSpan.FromSeconds(1)) errors.Add($"Gateway:Stream:Relay:LeaseTime is {s.Relay.LeaseTime}; it must be at least a second");
        if (o.PnrOverdueCheckSeconds < 1) errors.Add($"Gateway:PnrOverdueCheckSeconds is {o.PnrOverdueCheckSeconds}; it must be at least 1");
        if (s.RetryDelay < TimeSpan.Zero) errors.Add($"Gateway:Stream:RetryDelay is {s.RetryDelay}; it must not be negative");
        var r = s.Relay;
        if (r.MaxRetries < 0) errors.Add($"Gateway:Stream:Relay:MaxRetries is {r.MaxRetries}; it must not be negative");
        if (r.RetryDelay < TimeSpan.Zero) errors.Add($"Gateway:Stream:Relay:RetryDelay is {r.RetryDelay}; it must not be negative");
        if (r.FailureRatio is <= 0 or > 1) errors.Add($"Gateway:Stream:Relay:FailureRatio is {r.FailureRatio}; it must be above 0 and at most 1");
        if (r.MinimumThroughput < 2) errors.Add($"Gateway:Stream:Relay:MinimumThroughput is {r.MinimumThroughput}; it must be at least 2");
        if (r.SamplingDuration < TimeSpan.FromMilliseconds(500)) errors.Add($"Gateway:Stream:Relay:SamplingDuration is {r.SamplingDuration}; it must be at least 0.5 s");
        if (r.BreakDuration < TimeSpan.FromMilliseconds(500)) errors.Add($"Gateway:Stream:Relay:BreakDuration is {r.BreakDuration}; it must be at least 0.5 s");
        if (r.AttemptTimeout < TimeSpan.FromMilliseconds(100)) errors.Add($"Gateway:Stream:Relay:AttemptTimeout is {r.AttemptTimeout}; it must be at least 0.1 s");
        if (o.Webhooks.LeaseTime < TimeSpan.FromSeconds(1)) errors.Add($"Gateway:Webhooks:LeaseTime is {o.Webhooks.LeaseTime}; it must be at least a second");
        if (o.OutboxBacklogLimit < 1) errors.Add($"Gateway:OutboxBacklogLimit is {o.OutboxBacklogLimit}; it must be at least 1");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
