using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Gateway.Security;

/// <summary>
/// The officers' authentication scheme: <c>Authorization: Bearer &lt;JWT&gt;</c>, or a stream ticket on the hit stream
/// route. Refusals are RFC 7807 answers that say why (expired, forged, wrong issuer…), with <c>WWW-Authenticate: Bearer</c>.
/// </summary>
public sealed class OfficerAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    OfficerTokens tokens, StreamTickets tickets) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "Officer";

    /// <summary>The route that accepts a ticket instead of a header.</summary>
    public const string StreamPath = "/api/v1/hits/stream";

    private string? _failure;

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null && Request.Path.Equals(StreamPath, StringComparison.Ordinal) && Request.Query["ticket"] is { Count: 1 } ticket)
        {
            return Task.FromResult(tickets.Redeem(ticket[0]) is { } holder
                ? Success(holder)
                : Failure("the stream ticket is unknown or expired; ask for a new one"));
        }
        if (header is null) return Task.FromResult(AuthenticateResult.NoResult());
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return Task.FromResult(Failure("the Authorization header is not a Bearer token"));
        var check = tokens.Validate(header["Bearer ".Length..].Trim());
        return Task.FromResult(check.Officer is { } officer ? Success(officer) : Failure(check.Error!));
    }

    /// <inheritdoc />
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = _failure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        await Problem(StatusCodes.Status401Unauthorized, "Unauthorized", _failure ?? "an officer's bearer token is required (Authorization: Bearer …)");
    }

    /// <inheritdoc />
    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Problem(StatusCodes.Status403Forbidden, "Forbidden", "the officer's roles do not allow this route");
    }

    private Task Problem(int status, string title, string detail) =>
        Context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).AsTask();

    private AuthenticateResult Success(Officer officer) =>
        AuthenticateResult.Success(new AuthenticationTicket(officer.ToPrincipal(SchemeName), SchemeName));

    private AuthenticateResult Failure(string why)
    {
        _failure = why;
        return AuthenticateResult.Fail(why);
    }
}
