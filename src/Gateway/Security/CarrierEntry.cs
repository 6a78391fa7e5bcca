namespace Gateway.Security;

/// <summary>One carrier registered with <c>gateway carriers</c>.</summary>
public sealed record CarrierEntry(string Code, string? Name, bool RequireCertificate, IReadOnlyList<CarrierKeyEntry> Keys,
    IReadOnlyList<CarrierCertificateEntry> Certificates);
