namespace Gateway.Security;

/// <summary>The file's content.</summary>
public sealed record CarrierRegistryFile(IReadOnlyList<CarrierEntry> Carriers);
