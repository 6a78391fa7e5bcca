using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;

namespace Gateway.Extensions;

/// <summary>
/// When the store fails (down, locked, out of space), nothing was committed and nothing acknowledged: the caller gets
/// 503 with Retry-After to send again, not a 500. Other exceptions fall through to the generic ProblemDetails 500.
/// </summary>
internal sealed partial class StoreUnavailableHandler(IProblemDetailsService problems, ILogger<StoreUnavailableHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancel)
    {
        if (exception is not DbException) return false;
        LogStoreFailed(exception);
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Service unavailable",
                Detail = "the store could not commit the request; nothing was accepted — send it again",
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "the store failed; the request was answered 503")]
    private partial void LogStoreFailed(Exception e);
}
