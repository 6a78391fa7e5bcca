using Gateway.Screening;
using Gateway.Screening.Import;
using Gateway.Security;

namespace Gateway.Apis;

/// <summary><c>PUT /api/v1/watchlists/{name}</c>: replaces a configured list at run time (admin token or admin key), without downtime.</summary>
public static class WatchlistsApi
{
    /// <summary>Largest list upload accepted.</summary>
    public const long MaxListBytes = 1L << 30;

    /// <summary>Maps the route.</summary>
    public static void MapWatchlistsApi(this IEndpointRouteBuilder app) =>
        app.MapPut("/api/v1/watchlists/{name}", Replace).RequireAdminTokenOrKey().WithTags("Watch lists")
            .Produces<WatchListAnswer>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> Replace(string name, HttpContext http, WatchListHost lists, CancellationToken cancel)
    {
        // A national list runs to hundreds of megabytes (1,000,000 entries in native CSV are about 70 MB): the 10 MB
        // limit for carriers' messages does not apply to the admin's list upload, which is streamed to a file.
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxListBytes;
        string path = Path.Combine(Path.GetTempPath(), "gateway-list-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var file = File.Create(path)) await http.Request.Body.CopyToAsync(file, cancel);
            int entries = lists.Replace(name, path);
            return TypedResults.Ok(new WatchListAnswer(name, entries, lists.Screener.Current.Version));
        }
        catch (KeyNotFoundException)
        {
            return Problems.NotFound($"watch list {name}");
        }
        catch (ListFormatException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "The list cannot be read; the previous list stays live");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
