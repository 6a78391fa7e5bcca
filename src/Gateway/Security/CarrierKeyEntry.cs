namespace Gateway.Security;

/// <summary>An API key of a carrier: only its SHA-256 is kept. <c>Expires</c> is set when the key is rotated out or revoked.</summary>
public sealed record CarrierKeyEntry(string Id, string Sha256, DateTimeOffset Issued, DateTimeOffset? Expires);
