using Microsoft.AspNetCore.Diagnostics;

namespace Gateway.Extensions;

/// <summary>
/// Kestrel's request errors raised while a handler reads the body — above all a body over the size limit, which Kestrel
/// reports as <see cref="BadHttpRequestException"/> with 413 — answer with their own status as ProblemDetails, not the
/// generic 500. Nothing of such a request was read, stored or acknowledged.
/// </summary>
internal sealed partial class BadRequestBodyHandler(IProblemDetailsService problems, ILogger<BadRequestBodyHandler> log) : IExceptionHandler
{
    /// <summary>The body limit of every route but a watch-list replacement (Kestrel's MaxRequestBodySize).</summary>
    public const long MaxBodyBytes = 10 * 1024 * 1024;

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancel)
    {
        if (exception is not BadHttpRequestException bad) return false;
        LogRefused(bad.StatusCode, http.Request.Path, bad.Message);
        bool tooLarge = bad.StatusCode == StatusCodes.Status413PayloadTooLarge;
        long limit = http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? MaxBodyBytes;
        http.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = tooLarge ? "Payload too large" : "Bad request",
                Detail = tooLarge
                    ? $"the request body is over the limit of {limit.ToString(System.Globalization.CultureInfo.InvariantCulture)} bytes for {http.Request.Path}; nothing of it was accepted"
                    : $"the request could not be read: {bad.Message}",
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "request refused with {Status} at {Path}: {Reason}")]
    private partial void LogRefused(int status, PathString path, string reason);
}
