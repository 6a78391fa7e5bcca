namespace Gateway.Options;

/// <summary>Carrier client certificates (mTLS) on the HTTPS endpoints.</summary>
public sealed class ClientCertificateOptions
{
    /// <summary>
    /// PEM file of the CA certificate(s) carrier client certificates must chain to. Set: HTTPS endpoints ask for a client
    /// certificate (optional at the TLS level) and a presented one must chain to these and be mapped to a carrier.
    /// </summary>
    public string? TrustedCa { get; set; }

    /// <summary>Revocation checking of client certificates: <c>NoCheck</c>, <c>Offline</c> (cached CRLs) or <c>Online</c>.</summary>
    public string Revocation { get; set; } = "NoCheck";

    /// <summary>Whether mTLS is on.</summary>
    public bool Enabled => !string.IsNullOrEmpty(TrustedCa);
}
