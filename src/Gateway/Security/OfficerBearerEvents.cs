using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Gateway.Security;

/// <summary>
/// What the JWT bearer handler does around the library's checks: the hit stream's ticket instead of a header, the
/// officer's claims (a <c>pin</c>, a known role) once the signature, issuer, audience and times are good, and refusals
/// as RFC 7807 answers that say why (expired, wrong audience, unknown key…), with <c>WWW-Authenticate: Bearer</c>.
/// </summary>
internal sealed class OfficerBearerEvents(StreamTickets tickets) : JwtBearerEvents
{
    public override Task MessageReceived(MessageReceivedContext context)
    {
        var request = context.Request;
        if (request.Headers.Authorization.Count == 0 && request.Path.Equals(OfficerAuth.StreamPath, StringComparison.Ordinal)
            && request.Query["ticket"] is { Count: 1 } ticket)
        {
            if (tickets.Redeem(ticket[0]) is { } holder)
            {
                context.Principal = holder.ToPrincipal(OfficerAuth.SchemeName);
                context.Success();
            }
            else
            {
                context.Fail(new OfficerSignInException("the stream ticket is unknown or expired; ask for a new one"));
            }
        }
        return Task.CompletedTask;
    }

    public override Task TokenValidated(TokenValidatedContext context)
    {
        var user = context.Principal!;
        if (user.FindFirst("sub")?.Value is not { Length: > 0 } sub) return Refuse(context, "the token has no sub (officer id)");
        if (user.FindFirst(Officer.PinClaim)?.Value is not { Length: > 0 } pin)
        {
            return Refuse(context, "the token has no pin (personal identification number, Decree 85(2))");
        }
        var roles = user.FindAll("roles").Concat(user.FindAll("role")).Select(c => c.Value)
            .Where(r => OfficerRoles.All.Contains(r, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToArray();
        if (roles.Length == 0) return Refuse(context, "the token carries no officer role");
        var officer = new Officer(sub, pin, roles, new DateTimeOffset(context.SecurityToken.ValidTo, TimeSpan.Zero));
        context.Principal = officer.ToPrincipal(OfficerAuth.SchemeName);
        return Task.CompletedTask;
    }

    public override async Task Challenge(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = context.AuthenticateFailure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        await Problem(context.HttpContext, StatusCodes.Status401Unauthorized, "Unauthorized",
            context.AuthenticateFailure is { } failure ? Describe(failure) : "an officer's bearer token is required (Authorization: Bearer …)");
    }

    public override Task Forbidden(ForbiddenContext context) =>
        Problem(context.HttpContext, StatusCodes.Status403Forbidden, "Forbidden", "the officer's roles do not allow this route");

    /// <summary>Why a token was refused, in words for the caller (the library's messages are for logs).</summary>
    internal static string Describe(Exception failure) => failure switch
    {
        OfficerSignInException own => own.Message,
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenNotYetValidException => "the token is not valid yet (nbf)",
        SecurityTokenNoExpirationException => "the token has no exp",
        SecurityTokenInvalidAudienceException => "the token is not for this audience",
        SecurityTokenInvalidIssuerException => "the token's issuer is not accepted",
        SecurityTokenSignatureKeyNotFoundException => "the token is signed with a key the sign-in provider does not publish (kid)",
        SecurityTokenInvalidAlgorithmException => "the token's signing algorithm is not accepted",
        SecurityTokenInvalidSignatureException => "the token's signature is missing or not valid",
        SecurityTokenMalformedException or ArgumentException => "the token is not a well-formed JWT",
        InvalidOperationException => "the sign-in provider's discovery document or keys could not be read; try again later",
        _ => "the token is not valid",
    };

    private static Task Refuse(TokenValidatedContext context, string why)
    {
        context.Fail(new OfficerSignInException(why));
        return Task.CompletedTask;
    }

    private static Task Problem(HttpContext http, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
