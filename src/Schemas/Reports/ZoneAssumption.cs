namespace Gateway.Schemas.Reports;

/// <summary>A port whose time zone was not known exactly, and what the gateway used instead.</summary>
/// <param name="Location">The port code as sent (UN/LOCODE, IATA or unknown).</param>
/// <param name="Zone">The IANA zone used, or null when none could be assumed.</param>
/// <param name="Reason">Why: e.g. <c>seaport: zone of country JP</c>, <c>unknown port</c>.</param>
public sealed record ZoneAssumption(string Location, string? Zone, string Reason);
