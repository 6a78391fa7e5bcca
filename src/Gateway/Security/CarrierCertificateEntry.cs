namespace Gateway.Security;

/// <summary>A client certificate mapped to a carrier, by SHA-256 thumbprint (hex) or by subject (RFC 4514 string).</summary>
public sealed record CarrierCertificateEntry(string? Thumbprint, string? Subject);
