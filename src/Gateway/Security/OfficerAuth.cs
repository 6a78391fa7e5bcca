using Gateway.Options;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Gateway.Security;

/// <summary>
/// The officers' authentication scheme: ASP.NET Core's JWT bearer handler with the OIDC provider's discovery document and
/// JWKS (IdentityModel's configuration manager: fetched, cached for <c>KeyRefreshMinutes</c>, and fetched again when a token
/// names a key not held, at most once per <c>KeyRefetchSeconds</c>: key rotation), or the development issuer's.
/// Only asymmetric signatures are accepted: a token can choose neither <c>none</c> nor an HMAC keyed with a public key.
/// </summary>
internal static class OfficerAuth
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "Officer";

    /// <summary>The route that accepts a stream ticket instead of a header.</summary>
    public const string StreamPath = "/api/v1/hits/stream";

    /// <summary>The IdentityModel switch that makes a requested refresh of the provider's keys block the request that asked.</summary>
    public const string BlockingRefreshSwitch = "Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking";

    private static readonly string[] Algorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384,
    ];

    /// <summary>Sets the bearer handler up from <c>Gateway:Officers</c>.</summary>
    public static void Configure(JwtBearerOptions o, OfficerOptions options, IServiceProvider services)
    {
        o.EventsType = typeof(OfficerBearerEvents);
        o.MapInboundClaims = false;
        o.Audience = options.Audience;
        o.AutomaticRefreshInterval = TimeSpan.FromMinutes(options.KeyRefreshMinutes);
        o.RefreshInterval = TimeSpan.FromSeconds(options.KeyRefetchSeconds);
        o.TimeProvider = services.GetRequiredService<TimeProvider>();
        o.TokenValidationParameters = new TokenValidationParameters
        {
            ValidAudience = options.Audience,
            ValidIssuer = options.Issuer is { Length: > 0 } issuer ? issuer : null,
            ValidAlgorithms = Algorithms,
            ClockSkew = TimeSpan.FromSeconds(options.ClockSkewSeconds),
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            NameClaimType = "sub",
            RoleClaimType = "roles",
            LifetimeValidator = Lifetime(o.TimeProvider, TimeSpan.FromSeconds(options.ClockSkewSeconds)),
        };
        IDocumentRetriever documents = options.UsesDevelopmentIssuer
            ? new DevelopmentIssuerDocuments(services.GetRequiredService<DevelopmentIssuer>())
            : new HttpDocumentRetriever(new HttpClient { Timeout = o.BackchannelTimeout }) { RequireHttps = options.RequireHttpsMetadata };
        o.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(MetadataAddress(options), new OpenIdConnectConfigurationRetriever(), documents)
        {
            AutomaticRefreshInterval = o.AutomaticRefreshInterval,
            RefreshInterval = o.RefreshInterval,
            // A key the provider withdrew must stop working at the next fetch, not live on in a "last known good" copy.
            UseLastKnownGoodConfiguration = false,
        };
    }

    /// <summary>Where the discovery document is read.</summary>
    public static string MetadataAddress(OfficerOptions options) =>
        options.UsesDevelopmentIssuer ? DevelopmentIssuerDocuments.MetadataAddress
        : options.MetadataAddress is { Length: > 0 } metadata ? metadata
        : options.Authority!.TrimEnd('/') + "/.well-known/openid-configuration";

    // The library checks times against the wall clock; the service's clock (a TimeProvider) is the one its tests move.
    private static LifetimeValidator Lifetime(TimeProvider clock, TimeSpan skew) => (notBefore, expires, _, _) =>
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (expires is not { } exp) throw new SecurityTokenNoExpirationException("the token has no exp");
        if (notBefore is { } nbf && now + skew < nbf) throw new SecurityTokenNotYetValidException("the token is not valid yet") { NotBefore = nbf };
        if (now - skew >= exp) throw new SecurityTokenExpiredException("the token has expired") { Expires = exp };
        return true;
    };
}
