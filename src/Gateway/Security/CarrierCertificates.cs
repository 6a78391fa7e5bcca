using System.Security.Claims;
using System.Security.Cryptography.X509Certificates;
using Gateway.Options;
using Microsoft.AspNetCore.Authentication.Certificate;
using Microsoft.AspNetCore.Server.Kestrel.Https;

namespace Gateway.Security;

/// <summary>
/// Carrier client certificates (mTLS) beside API keys: with <c>Gateway:ClientCertificates:TrustedCa</c> set, HTTPS
/// endpoints ask for a client certificate (optional at the TLS level: a carrier may still come with its key only), and
/// ASP.NET Core's certificate handler checks a presented one's chain against that CA (its own, not the machine's roots),
/// its validity period and its client-authentication use; then the certificate must be mapped to a carrier by SHA-256
/// thumbprint or subject (configuration or <c>gateway carriers add-certificate</c>).
/// </summary>
internal static class CarrierCertificates
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "CarrierCertificate";

    /// <summary>The claim that names the carrier.</summary>
    public const string CarrierClaim = "carrier";

    public static void AddCarrierCertificates(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            if (context.Configuration.GetSection("Gateway:ClientCertificates").Get<ClientCertificateOptions>() is not { Enabled: true }) return;
            kestrel.ConfigureHttpsDefaults(https =>
            {
                https.ClientCertificateMode = ClientCertificateMode.AllowCertificate;
                https.AllowAnyClientCertificate();   // the chain is checked by the authentication handler, against the carriers' CA
            });
        });
        builder.Services.AddAuthentication().AddCertificate(SchemeName);
        builder.Services.AddOptions<CertificateAuthenticationOptions>(SchemeName).Configure<GatewayOptions>((o, gateway) =>
        {
            var settings = gateway.ClientCertificates;
            o.AllowedCertificateTypes = CertificateTypes.Chained;
            o.ChainTrustValidationMode = X509ChainTrustMode.CustomRootTrust;
            if (settings.Enabled)
            {
                var roots = new X509Certificate2Collection();
                roots.ImportFromPemFile(Path.GetFullPath(settings.TrustedCa!));
                o.CustomTrustStore = roots;
            }
            o.RevocationMode = Enum.Parse<X509RevocationMode>(settings.Revocation, ignoreCase: true);
            o.ValidateCertificateUse = true;
            o.ValidateValidityPeriod = true;
            o.Events = new CertificateAuthenticationEvents
            {
                OnCertificateValidated = context =>
                {
                    var keys = context.HttpContext.RequestServices.GetRequiredService<CarrierKeys>();
                    if (keys.CarrierOf(context.ClientCertificate) is { } carrier)
                    {
                        context.Principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(CarrierClaim, carrier)], SchemeName));
                        context.Success();
                    }
                    else
                    {
                        context.Fail($"the client certificate (subject {context.ClientCertificate.Subject}, SHA-256 {CarrierKeys.Thumbprint(context.ClientCertificate)}) is not registered for a carrier");
                    }
                    return Task.CompletedTask;
                },
            };
        });
    }
}
