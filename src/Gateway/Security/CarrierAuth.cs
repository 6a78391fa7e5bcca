namespace Gateway.Security;

/// <summary>
/// Endpoint filters for the carrier routes (<c>X-Api-Key</c> of a carrier) and the admin routes (the admin key).
/// A missing or unknown key is a 401 ProblemDetails; the carrier is put in the request for the handlers.
/// </summary>
public static class CarrierAuth
{
    /// <summary>The header carriers send their key in.</summary>
    public const string Header = "X-Api-Key";

    private const string Item = "gateway.carrier";

    /// <summary>The authenticated carrier of the request.</summary>
    public static string Carrier(this HttpContext context) => (string)context.Items[Item]!;

    /// <summary>Requires a carrier key.</summary>
    public static TBuilder RequireCarrier<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (invocation, next) =>
        {
            var http = invocation.HttpContext;
            var keys = http.RequestServices.GetRequiredService<CarrierKeys>();
            if (keys.Carrier(http.Request.Headers[Header]) is not { } carrier)
            {
                return Problems.Unauthorized($"a valid carrier API key is required in the {Header} header");
            }
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
}
