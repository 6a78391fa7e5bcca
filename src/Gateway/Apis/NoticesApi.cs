using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.Json;
using Gateway.Pipeline;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Reports;
using Gateway.Security;
using Gateway.Submissions;
using Gateway.Domain.Validation;
using NoticeKind = kr.go.immigration.gateway.events.NoticeKind;

namespace Gateway.Apis;

/// <summary>
/// <c>POST /api/v1/notices</c>: the Decree 86 scheduled arrival or departure notice, due 24 hours ahead except for
/// scheduled services; <c>GET /api/v1/notices/{id}</c> reads it back as judged.
/// </summary>
public static class NoticesApi
{
    private const string Kind = "notice";

    /// <summary>Maps the routes.</summary>
    public static void MapNoticesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/notices", Submit).RequireCarrier().WithTags("Notices").Accepts<NoticeDocument>("application/json")
            .Produces<JudgedAnswer>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/api/v1/notices/{id}", (string id, HttpContext http, IGatewayStore store, CancellationToken cancel) =>
                OwnDocuments.ReadAsync(store, http, Kind, id, "notice", cancel))
            .RequireCarrier().WithTags("Notices").Produces<NoticeView>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Submit(HttpContext http, GroupCommitter committer, TimeProvider clock, CancellationToken cancel)
    {
        try
        {
            var d = SubmissionParser.ReadJson(await RequestBody.ReadAsync(http.Request, cancel), GatewayJsonContext.Default.NoticeDocument);
            var direction = (d.Direction ?? "").ToLowerInvariant() switch
            {
                "arrival" => TravelDirection.Arrival,
                "departure" => TravelDirection.Departure,
                _ => throw new SubmissionRejected($"direction must be 'arrival' or 'departure', not '{d.Direction}'", "$.direction", null),
            };
            string carrier = http.Carrier();
            var notice = new Notice(direction, d.Port ?? "", d.Scheduled is { } s ? new MessageDate(s, MessageDate.Iso) : null,
                d.ScheduledService ?? false, d.Carrier ?? carrier, d.JourneyId, d.VehicleName);
            var received = clock.GetUtcNow();
            var report = NoticeValidator.Validate(notice, new ValidationContext { Received = received, Clock = clock });
            string id = ReportFiling.NewId("n");
            string flight = FlightKeys.Normalise(d.JourneyId ?? d.VehicleName ?? "");
            string outcome = ReportFiling.OutcomeText(report.Outcome);
            var batch = new WriteBatch();
            var view = new NoticeView(id, flight, outcome, report.Findings, received, d);
            batch.Documents.Add(new DocumentRecord(Kind, id, carrier, received, JsonSerializer.Serialize(view, GatewayJsonContext.Default.NoticeView)));
            StreamEvents.NoticeReceived(batch, id, flight, direction == TravelDirection.Arrival ? NoticeKind.ARRIVAL : NoticeKind.DEPARTURE,
                d.Carrier ?? carrier, d.JourneyId ?? "", d.VehicleName, notice.Port, d.Scheduled ?? "", null, null, received);
            await committer.CommitAsync(batch, cancel);
            return TypedResults.Created($"/api/v1/notices/{id}", new JudgedAnswer(id, flight, outcome, report.Findings));
        }
        catch (SubmissionRejected e)
        {
            return Problems.Unreadable(http, e);
        }
    }
}
