using Gateway.Security;

namespace Gateway.Apis;

/// <summary>The development issuer's discovery document and JWKS, served when the gateway is its own issuer (docs/OFFICERS.md).</summary>
internal static class DevelopmentIssuerApi
{
    public static void MapDevelopmentIssuer(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(DevelopmentIssuer.Path).ExcludeFromDescription();
        group.MapGet("/.well-known/openid-configuration", (HttpContext http) =>
            TypedResults.Text(DevelopmentIssuer.Discovery($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}"), "application/json"));
        group.MapGet("/jwks.json", (DevelopmentIssuer issuer) => TypedResults.Text(issuer.Jwks, "application/json"));
    }
}
