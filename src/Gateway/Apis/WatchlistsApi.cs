using Gateway.Screening;
using Gateway.Screening.Import;
using Gateway.Security;

namespace Gateway.Apis;

/// <summary><c>PUT /api/v1/watchlists/{name}</c>: replaces a configured list at run time (admin token or admin key), without downtime.</summary>
public static class WatchlistsApi
{
    /// <summary>Maps the route.</summary>
    public static void MapWatchlistsApi(this IEndpointRouteBuilder app) =>
        app.MapPut("/api/v1/watchlists/{name}", Replace).RequireAdminTokenOrKey().WithTags("Watch lists")
            .Produces<WatchListAnswer>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> Replace(string name, HttpContext http, WatchListHost lists, CancellationToken cancel)
    {
        string path = Path.Combine(Path.GetTempPath(), "gateway-list-" + Guid.NewGuid().ToString("N"));
        try
        {
            await File.WriteAllBytesAsync(path, await RequestBody.ReadAsync(http.Request, cancel), cancel);
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
