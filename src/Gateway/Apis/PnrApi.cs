using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Gateway.Adapters.Edifact;
using Gateway.Adapters.Pnrgov;
using Gateway.Adapters.Storage;
using Gateway.Json;
using Gateway.Pipeline;
using Gateway.Schemas.Pnr;
using Gateway.Schemas.Reports;
using Gateway.Security;
using Gateway.Submissions;
using Gateway.Domain.Validation;

namespace Gateway.Apis;

/// <summary>
/// PNR: carriers push PNRGOV (<c>POST /api/v1/pnr</c>); officers request PNR (<c>POST /api/v1/pnr/requests</c>) and
/// carriers list what is asked of them (<c>GET /api/v1/pnr/requests</c>). A push for a requested flight answers the
/// open requests, each judged against its Decree 85(3) deadline.
/// </summary>
public static class PnrApi
{
    private const string PushKind = "pnr-push";

    /// <summary>Maps the routes.</summary>
    public static void MapPnrApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/pnr", Push).RequireCarrier().WithTags("PNR").Accepts<string>("application/edifact")
            .Produces<PnrPushAnswer>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/api/v1/pnr/pushes/{id}", Get).RequireCarrier().WithTags("PNR").Produces<PnrPush>().ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/v1/pnr/requests", ListRequests).RequireCarrier().WithTags("PNR").Produces<IReadOnlyList<PnrRequestView>>();
        // Officers' route: designated PNR officers only (Act 73-2(4)).
        app.MapPost("/api/v1/pnr/requests", Request).RequireAuthorization(OfficerRoles.PnrPolicy).WithTags("PNR").Accepts<PnrRequestDocument>("application/json")
            .Produces<PnrRequestView>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapPnrRequestReads();
    }

    private static async Task<IResult> Push(HttpContext http, IGatewayStore store, GroupCommitter committer, TimeProvider clock, CancellationToken cancel)
    {
        var body = await RequestBody.ReadAsync(http.Request, cancel);
        try
        {
            var (read, edifact) = SubmissionParser.ReadEdifact(body, b =>
            {
                var syntax = EdifactReader.Read(b);
                return (PnrgovReader.Read(syntax), syntax);
            });
            string carrier = http.Carrier();
            var received = clock.GetUtcNow();
            string sha = Convert.ToHexStringLower(SHA256.HashData(body));
            var batch = new WriteBatch();
            string id = ReportFiling.NewId("p");
            var push = read.Pushes[0];
            string flightKey = FlightKey(push.Flight);
            foreach (var p in read.Pushes)
            {
                batch.Documents.Add(new DocumentRecord(PushKind, p == push ? id : ReportFiling.NewId("p"), carrier, received,
                    JsonSerializer.Serialize(p, GatewayJsonContext.Default.PnrPush)));
            }
            var answered = new List<PnrRequestView>();
            foreach (var doc in await store.ListDocumentsAsync(PnrRequests.Kind, carrier, PnrRequests.Window, cancel))
            {
                var request = PnrRequests.Read(doc);
                if (!PnrRequests.IsOpen(request) || request.FlightKey != flightKey) continue;
                // Late answers still answer the request, with the Decree 85(3) late finding.
                var done = PnrRequests.Answer(request, id, received);
                answered.Add(done);
                batch.Documents.Add(doc with { Json = JsonSerializer.Serialize(done, GatewayJsonContext.Default.PnrRequestView) });
            }
            string submissionId = ReportFiling.NewId("s");
            var submission = StreamEvents.NameUuid(submissionId);
            StreamEvents.SubmissionReceived(batch, submission, carrier, http.Request.ContentType, body, flightKey, received);
            foreach (var p in read.Pushes) StreamEvents.PnrReceived(batch, submission, FlightKey(p.Flight), p, received);
            batch.Submissions.Add(new SubmissionRecord(submissionId, carrier, "pnr", http.Request.ContentType ?? "", received, sha,
                "pnr:" + sha + ":" + id, body, id, null));
            await committer.CommitAsync(batch, cancel);
            int passengers = push.Pnrs.Sum(p => p.Travellers.Count);
            bool asksEdifact = Problems.Accepts(http, "edifact");
            string? contrl = Acknowledgements.Contrl(edifact, asksEdifact, clock);
            if (asksEdifact && contrl is not null)
            {
                http.Response.Headers.Location = $"/api/v1/pnr/pushes/{id}";
                return TypedResults.Text(contrl, "application/edifact", statusCode: StatusCodes.Status201Created);
            }
            return TypedResults.Created($"/api/v1/pnr/pushes/{id}", new PnrPushAnswer(id, flightKey, push.Pnrs.Count, passengers,
                ValueList.Of([.. read.Notes.Select(n => n.ToString())]), ValueList.Of([.. answered]), contrl));
        }
        catch (SubmissionRejected e)
        {
            return Problems.Unreadable(http, e);
        }
    }

    /// <summary>A stored push, read back by the carrier that sent it (another carrier's id answers 404).</summary>
    private static async Task<IResult> Get(string id, HttpContext http, IGatewayStore store, CancellationToken cancel)
    {
        http.Response.Headers.CacheControl = "no-store";   // the carrier's own PNR is personal data all the same
        var doc = await store.GetDocumentAsync(PushKind, id, cancel);
        if (doc is null || doc.Carrier != http.Carrier()) return Problems.NotFound($"PNR push {id}");
        // The push as stored (already the API's JSON): no second round through the serializer.
        return TypedResults.Text(doc.Json, "application/json");
    }

    private static async Task<IResult> Request(HttpContext http, GroupCommitter committer, TimeProvider clock, CancellationToken cancel)
    {
        try
        {
            var d = SubmissionParser.ReadJson(await RequestBody.ReadAsync(http.Request, cancel), GatewayJsonContext.Default.PnrRequestDocument);
            if (d.Carrier is not { Length: > 0 } carrier) throw new SubmissionRejected("carrier is required", "$.carrier", null);
            if (!DateTimeOffset.TryParse(d.ScheduledDeparture, CultureInfo.InvariantCulture, DateTimeStyles.None, out var departure))
            {
                throw new SubmissionRejected("scheduledDeparture must be an ISO 8601 time with its offset, e.g. 2026-11-22T11:30+09:00", "$.scheduledDeparture", null);
            }
            bool named = string.Equals(d.Kind, "named", StringComparison.OrdinalIgnoreCase);
            var now = clock.GetUtcNow();
            var deadline = named ? PnrDeadline.ForNamedPassengers(departure) : PnrDeadline.ForRequest(now);
            string flightKey = FlightKeys.Normalise(d.JourneyId ?? "") + "/" + departure.ToString("yyMMdd", CultureInfo.InvariantCulture);
            var view = new PnrRequestView(ReportFiling.NewId("q"), carrier, flightKey, named ? "named" : "transfer", ValueList.Of([.. d.Passengers ?? []]),
                d.Purpose, now, deadline.Deadline, deadline.Article, PnrRequests.Open, null, null, null, ValueList<Finding>.Empty);
            var batch = new WriteBatch();
            batch.Documents.Add(new DocumentRecord(PnrRequests.Kind, view.Id, carrier, now, JsonSerializer.Serialize(view, GatewayJsonContext.Default.PnrRequestView)));
            await committer.CommitAsync(batch, cancel);
            return TypedResults.Created($"/api/v1/pnr/requests/{view.Id}", view);
        }
        catch (SubmissionRejected e)
        {
            return Problems.Unreadable(http, e);
        }
    }

    private static async Task<IResult> ListRequests(HttpContext http, IGatewayStore store, TimeProvider clock, CancellationToken cancel)
    {
        var docs = await store.ListDocumentsAsync(PnrRequests.Kind, http.Carrier(), PnrRequests.Window, cancel);
        var now = clock.GetUtcNow();
        IReadOnlyList<PnrRequestView> views = [.. docs.Select(d => PnrRequests.AsOf(PnrRequests.Read(d), now))];
        return TypedResults.Ok(views);
    }

    /// <summary>The flight key of a pushed flight: carrier and number without padding, and the local departure date.</summary>
    internal static string FlightKey(ItineraryLeg flight)
    {
        string journey = FlightKeys.Normalise((flight.MarketingCarrier ?? "") + (flight.FlightNumber ?? ""));
        // PNRGOV TVL dates are DDMMYY; flight keys use YYMMDD.
        string? date = flight.Departure?.Date?.Text is { Length: 6 } t ? t[4..6] + t[2..4] + t[..2] : null;
        return date is null ? journey : journey + "/" + date;
    }
}
