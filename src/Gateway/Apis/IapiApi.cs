using System.Text;
using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.Json;
using Gateway.Pipeline;
using Gateway.Security;
using Gateway.Submissions;

namespace Gateway.Apis;

/// <summary>The interactive API: <c>POST /api/v1/iapi</c> and the unsolicited-change feed <c>GET /api/v1/iapi/updates</c>.</summary>
public static class IapiApi
{
    /// <summary>Maps the routes.</summary>
    public static void MapIapiApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/iapi").RequireCarrier().WithTags("Interactive API");
        group.MapPost("/", Check).Accepts<ManifestDocument>("application/json", "application/edifact")
            .Produces<InteractiveAnswer>().ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/updates", Updates).Produces<UpdatesPage>();
        group.MapGet("/{id}", Get).Produces<InteractiveAnswer>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>A check's stored answer, read back by the carrier that asked (another carrier's id answers 404).</summary>
    private static async Task<IResult> Get(string id, HttpContext http, IGatewayStore store, CancellationToken cancel)
    {
        var record = await store.GetSubmissionAsync(id, cancel);
        if (record is not { Channel: "iapi", Response: { } stored } || record.Carrier != http.Carrier()) return Problems.NotFound($"interactive check {id}");
        var answer = JsonSerializer.Deserialize(stored, GatewayJsonContext.Default.StoredInteractive)!;
        return Problems.Accepts(http, "edifact") ? TypedResults.Text(answer.Cusres, "application/edifact") : TypedResults.Ok(answer.Json);
    }

    private static async Task<IResult> Check(HttpContext http, InteractiveService service, CancellationToken cancel)
    {
        var body = await RequestBody.ReadAsync(http.Request, cancel);
        try
        {
            var answer = await service.CheckAsync(http.Carrier(), http.Request.ContentType, body, cancel);
            bool edifact = Problems.Accepts(http, "edifact")
                || (!Problems.Accepts(http, "json") && (http.Request.ContentType ?? "").Contains("edifact", StringComparison.OrdinalIgnoreCase));
            if (!edifact) return TypedResults.Ok(answer.Json);
            // A CONTRL the interchange asked for follows the CUSRES as a second interchange, as a stream of EDIFACT would carry them.
            return TypedResults.Text(answer.Json.Contrl is { } contrl ? answer.Cusres + "\n" + contrl : answer.Cusres, "application/edifact");
        }
        catch (SubmissionRejected e)
        {
            return Problems.Unreadable(http, e);
        }
    }

    /// <summary>Long-poll: waits up to <paramref name="wait"/> seconds (at most 30) for updates after the cursor.</summary>
    private static async Task<IResult> Updates(HttpContext http, IGatewayStore store, UpdateFeed feed, long? after, int? wait, int? limit, CancellationToken cancel)
    {
        long cursor = Math.Max(0, after ?? 0);
        int max = Math.Clamp(limit ?? 100, 1, 1000);
        var deadline = DateTimeOffset.UtcNow.AddSeconds(Math.Clamp(wait ?? 0, 0, 30));
        IReadOnlyList<UpdateRecord> rows;
        while (true)
        {
            var changed = feed.Changed;
            rows = await store.GetUpdatesAsync(http.Carrier(), cursor, max, cancel);
            var left = deadline - DateTimeOffset.UtcNow;
            if (rows.Count > 0 || left <= TimeSpan.Zero) break;
            await Task.WhenAny(changed, Task.Delay(left < TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(1), cancel));
        }
        long next = rows.Count > 0 ? rows[^1].Sequence : cursor;
        http.Response.Headers["X-Next-Cursor"] = next.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Problems.Accepts(http, "edifact"))
        {
            var text = new StringBuilder();
            // Entries without a CUSRES (a PNR request past its deadline) are in the JSON feed only.
            foreach (var r in rows)
            {
                if (r.Cusres is not null) text.Append(r.Cusres).Append('\n');
            }
            return TypedResults.Text(text.ToString(), "application/edifact");
        }
        var updates = rows.Select(r => JsonSerializer.Deserialize(r.Json, GatewayJsonContext.Default.StatusUpdate)! with { Sequence = r.Sequence, Cusres = r.Cusres });
        return TypedResults.Ok(new UpdatesPage(next, ValueList.Of([.. updates])));
    }
}
