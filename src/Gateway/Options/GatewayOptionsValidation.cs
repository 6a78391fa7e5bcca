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
        if (o.OutboxBacklogLimit < 1) errors.Add($"Gateway:OutboxBacklogLimit is {o.OutboxBacklogLimit}; it must be at least 1");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
