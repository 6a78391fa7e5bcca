using Microsoft.IdentityModel.Protocols;

namespace Gateway.Security;

/// <summary>
/// Hands the development issuer's discovery document and JWKS to the OIDC configuration manager in-process: the same
/// documents <c>/dev-issuer/…</c> serves, without the service calling itself over HTTP (its own address is not known
/// before it listens, and may be a wildcard).
/// </summary>
internal sealed class DevelopmentIssuerDocuments(DevelopmentIssuer issuer) : IDocumentRetriever
{
    /// <summary>The base address the in-process documents name.</summary>
    public const string BaseAddress = "https://gateway.invalid";

    /// <summary>The discovery document's in-process address.</summary>
    public const string MetadataAddress = BaseAddress + DevelopmentIssuer.DiscoveryPath;

    public Task<string> GetDocumentAsync(string address, CancellationToken cancel) => address switch
    {
        MetadataAddress => Task.FromResult(DevelopmentIssuer.Discovery(BaseAddress)),
        BaseAddress + DevelopmentIssuer.JwksPath => Task.FromResult(issuer.Jwks),
        _ => throw new IOException($"the development issuer has no document at {address}"),
    };
}
