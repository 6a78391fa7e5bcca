using Gateway.Submissions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Gateway;

/// <summary>RFC 7807 answers for every error the API gives.</summary>
public static class Problems
{
    /// <summary>401.</summary>
    public static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");

    /// <summary>404, also for another carrier's resource (its existence is not disclosed).</summary>
    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem($"{what} was not found", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>503 with Retry-After when the gateway cannot take more right now.</summary>
    public static IResult Unavailable(HttpContext http, string detail, int retryAfterSeconds)
    {
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service unavailable");
    }

    /// <summary>400 for a message that cannot be read: the position in extensions, or a CONTRL for EDIFACT callers.</summary>
    public static IResult Unreadable(HttpContext http, SubmissionRejected e)
    {
        if (e.Contrl is not null && Accepts(http, "edifact"))
        {
            return TypedResults.Text(e.Contrl, "application/edifact", statusCode: StatusCodes.Status400BadRequest);
        }
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The message cannot be read",
            Detail = e.Message,
            Type = "https://gateway.example/problems/unreadable-message",
        };
        if (e.Where is not null) problem.Extensions["where"] = e.Where;
        if (e.Line is not null) problem.Extensions["line"] = e.Line;
        if (e.Column is not null) problem.Extensions["column"] = e.Column;
        if (e.ControlCode is not null) problem.Extensions["syntaxErrorCode"] = e.ControlCode;
        return TypedResults.Problem(problem);
    }

    /// <summary>Whether the caller's Accept header names a media type containing <paramref name="kind"/>.</summary>
    public static bool Accepts(HttpContext http, string kind) =>
        http.Request.Headers.Accept.Any(a => a is not null && a.Contains(kind, StringComparison.OrdinalIgnoreCase));
}
