using System.Globalization;
using System.Threading.RateLimiting;
using Gateway.Options;
using Gateway.Security;
using Microsoft.Extensions.Options;

namespace Gateway.Extensions;

/// <summary>
/// Per-carrier rate limits: requests with a carrier's API key (or its client certificate) share that carrier's token bucket (so one carrier's burst
/// cannot starve another); officers and health checks are not limited here. A refusal is 429 ProblemDetails with Retry-After.
/// </summary>
internal static class RateLimits
{
    public static void AddCarrierRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration("Gateway:RateLimits")
            .Validate(o => o.PermitsPerSecond > 0 && o.Burst > 0, "Gateway:RateLimits: PermitsPerSecond and Burst must be positive").ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                var options = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                var keys = http.RequestServices.GetRequiredService<CarrierKeys>();
                string? carrier = !options.Enabled ? null
                    : keys.Carrier(http.Request.Headers[CarrierAuth.Header]) ?? (http.Connection.ClientCertificate is { } certificate ? keys.CarrierOf(certificate) : null);
                if (carrier is null) return RateLimitPartition.GetNoLimiter("");
                var own = options.Carriers.TryGetValue(carrier, out var c) && c.PermitsPerSecond > 0 ? c : null;
                int perSecond = own?.PermitsPerSecond ?? options.PermitsPerSecond, burst = own?.Burst > 0 ? own.Burst : options.Burst;
                return RateLimitPartition.GetTokenBucketLimiter(carrier, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = burst,
                    TokensPerPeriod = perSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            limiter.OnRejected = async (context, cancel) =>
            {
                var http = context.HttpContext;
                int seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 1;
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = $"this carrier's request rate is over its limit; retry after {seconds} s" },
                });
            };
        });
    }
}
