using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.Adapters.Streaming;
using Gateway.Json;
using Gateway.Pipeline;
using Gateway.Security;
using Gateway.Submissions;

namespace Gateway.Apis;

/// <summary>Passenger and crew lists: <c>POST /api/v1/manifests</c>, <c>GET /api/v1/manifests/{id}</c>.</summary>
public static class ManifestsApi
{
    /// <summary>Maps the routes.</summary>
    public static void MapManifestsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/manifests").RequireCarrier().WithTags("Manifests");
        group.MapPost("/", Submit).Accepts<ManifestDocument>("application/json", "application/edifact")
            .Produces<ManifestAnswer>(StatusCodes.Status201Created).Produces<ManifestAnswer>().ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", Get).Produces<ReportView>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Submit(HttpContext http, ManifestService service, OutboxSignal outbox, Backpressure backpressure, CancellationToken cancel)
    {
        if (backpressure.Overloaded) return Problems.Unavailable(http, "the event backlog is over its limit; retry later", 5);
        var body = await RequestBody.ReadAsync(http.Request, cancel);
        try
        {
            bool edifact = Problems.Accepts(http, "edifact");
            var (answer, created) = await service.SubmitAsync(http.Carrier(), http.Request.ContentType, body, edifact, cancel);
            outbox.Wake();
            string location = $"/api/v1/manifests/{answer.ReportId}";
            if (edifact && answer.Contrl is { } contrl)
            {
                // The carrier asked for EDIFACT: its answer is the CONTRL; the report stays readable at Location.
                http.Response.Headers.Location = location;
                return TypedResults.Text(contrl, "application/edifact", statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
            }
            return created ? TypedResults.Created(location, answer) : TypedResults.Ok(answer);
        }
        catch (SubmissionRejected e)
        {
            return Problems.Unreadable(http, e);
        }
    }

    private static async Task<IResult> Get(string id, HttpContext http, IGatewayStore store, CancellationToken cancel)
    {
        var record = await store.GetReportAsync(id, cancel);
        if (record is null || record.Carrier != http.Carrier()) return Problems.NotFound($"report {id}");
        var filed = JsonSerializer.Deserialize(record.Json, GatewayJsonContext.Default.FiledReport)!;
        var travellers = await store.GetTravellersAsync(id, cancel);
        var states = travellers.Select(t => JsonSerializer.Deserialize(t.Json, GatewayJsonContext.Default.TravellerState)!).ToArray();
        return TypedResults.Ok(new ReportView(record.Id, record.Carrier, record.Kind, record.FlightKey, record.Outcome, filed.FirstReceived,
            filed.Report, filed.Manifest.Conveyance, ValueList.Of(states)));
    }
}
