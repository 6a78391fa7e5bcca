using Microsoft.AspNetCore.Authentication;

namespace Gateway.Security;

/// <summary>
/// Endpoint filters for the carrier routes (<c>X-Api-Key</c> of a carrier, or its client certificate) and the admin
/// routes (the admin key). A missing or unknown key or certificate is a 401 ProblemDetails; the carrier is put in the
/// request for the handlers.
/// </summary>
public static class CarrierAuth
{
    /// <summary>The header carriers send their key in.</summary>
    public const string Header = "X-Api-Key";

    private const string Item = "gateway.carrier";

    /// <summary>The authenticated carrier of the request.</summary>
    public static string Carrier(this HttpContext context) => (string)context.Items[Item]!;

    /// <summary>Requires a carrier key or a carrier's client certificate.</summary>
    public static TBuilder RequireCarrier<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (invocation, next) =>
        {
            var http = invocation.HttpContext;
            var (carrier, refusal) = await ResolveAsync(http);
            if (carrier is null) return Problems.Unauthorized(refusal!);
            http.Items[Item] = carrier;
            return await next(invocation);
        });

    /// <summary>Requires the admin key.</summary>
    public static TBuilder RequireAdmin<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (invocation, next) =>
        {
            var http = invocation.HttpContext;
            if (!http.RequestServices.GetRequiredService<CarrierKeys>().IsAdmin(http.Request.Headers[Header]))
            {
                return Problems.Unauthorized($"the admin API key is required in the {Header} header");
            }
            return await next(invocation);
        });

    private static async Task<(string? Carrier, string? Refusal)> ResolveAsync(HttpContext http)
    {
        var keys = http.RequestServices.GetRequiredService<CarrierKeys>();
        string? key = http.Request.Headers[Header];
        string? byKey = keys.Carrier(key);
        if (key is { Length: > 0 } && byKey is null) return (null, $"the API key in the {Header} header is not valid");
        string? byCertificate = null;
        if (await http.Connection.GetClientCertificateAsync(http.RequestAborted) is not null)
        {
            var result = await http.AuthenticateAsync(CarrierCertificates.SchemeName);
            if (!result.Succeeded) return (null, result.Failure is { } f && f.Message.StartsWith("the client certificate", StringComparison.Ordinal)
                ? f.Message : "the client certificate is not accepted: it must chain to the carriers' CA, be valid now and be meant for client authentication");
            byCertificate = result.Principal.FindFirst(CarrierCertificates.CarrierClaim)!.Value;
        }
        if (byKey is null && byCertificate is null) return (null, $"a valid carrier API key is required in the {Header} header (or a registered client certificate)");
        if (byKey is not null && byCertificate is not null && !string.Equals(byKey, byCertificate, StringComparison.Ordinal))
        {
            return (null, "the API key and the client certificate belong to different carriers");
        }
        string carrier = byCertificate ?? byKey!;
        if (byCertificate is null && keys.RequiresCertificate(carrier)) return (null, $"carrier {carrier} must present its client certificate (mTLS) with its key");
        return (carrier, null);
    }
}
