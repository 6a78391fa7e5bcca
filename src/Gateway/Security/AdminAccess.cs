using Microsoft.AspNetCore.Authentication;

namespace Gateway.Security;

/// <summary>
/// Admin routes (watch-list replacement) take either an officer token with the <c>admin</c> role or, for automation that
/// predates officer sign-in, the admin API key in <c>X-Api-Key</c>. Either way the caller is named in the log.
/// </summary>
public static class AdminAccess
{
    /// <summary>Requires an admin token or the admin key.</summary>
    public static TBuilder RequireAdminTokenOrKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (invocation, next) =>
        {
            var http = invocation.HttpContext;
            if (http.RequestServices.GetRequiredService<CarrierKeys>().IsAdmin(http.Request.Headers[CarrierAuth.Header])) return await next(invocation);
            var result = await http.AuthenticateAsync(OfficerAuth.SchemeName);
            if (!result.Succeeded)
            {
                return Problems.Unauthorized(result.Failure?.Message ?? $"an admin officer token (Authorization: Bearer) or the admin key in {CarrierAuth.Header} is required");
            }
            if (!result.Principal.IsInRole(OfficerRoles.Admin))
            {
                return TypedResults.Problem("the admin role is required", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
            }
            http.User = result.Principal;
            return await next(invocation);
        });
}
