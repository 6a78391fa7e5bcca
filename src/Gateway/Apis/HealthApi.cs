using Gateway.Adapters.Storage;
using Gateway.Extensions;
using Gateway.Security;

namespace Gateway.Apis;

/// <summary>
/// <c>/health/live</c> (the process answers), <c>/health/ready</c> (the store answers too) and <c>/health/runtime</c>
/// (memory, collections and threads, for an admin: what a soak watches).
/// </summary>
public static class HealthApi
{
    /// <summary>Maps the routes.</summary>
    public static void MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", () => TypedResults.Ok(new HealthStatus("live"))).WithTags("Health");
        app.MapGet("/health/ready", async (IGatewayStore store, CancellationToken cancel) =>
        {
            try
            {
                await store.CountPendingOutboxAsync(cancel);
                return Results.Ok(new HealthStatus("ready"));
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
            {
                return TypedResults.Problem("the store does not answer", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready");
            }
        }).WithTags("Health");
        app.MapGet("/health/runtime", (TimeProvider clock) => TypedResults.Ok(RuntimeStatus.Now(clock))).RequireAdminTokenOrKey().WithTags("Health");
    }
}
