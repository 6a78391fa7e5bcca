using System.Globalization;
using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.Json;
using Gateway.Officers;
using Gateway.Security;

namespace Gateway.Apis;

/// <summary>
/// The officers' hit review: the queue (<c>GET /api/v1/hits</c>), a hit's detail and the message it came from, the review
/// (<c>POST /api/v1/hits/{id}/review</c>), and the live stream of new and changed hits (server-sent events).
/// </summary>
public static class HitsApi
{
    /// <summary>Maps the routes.</summary>
    public static void MapHitsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/hits").RequireAuthorization(OfficerRoles.ReviewPolicy).WithTags("Officers: hits");
        group.MapGet("/", List).Produces<HitPage>().ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", Get).Produces<HitDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/message", Message).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/review", Review).Accepts<ReviewRequest>("application/json").Produces<HitDetail>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/stream/ticket", Ticket).Produces<StreamTicket>();
        group.MapGet("/stream", HitStreamEndpoint.StreamAsync);
        app.MapGet("/api/v1/reports/{id}", Report).RequireAuthorization(OfficerRoles.ReviewPolicy).WithTags("Officers: hits").Produces<ReportView>();
        app.MapGet("/api/v1/officers/me", (HttpContext http) => TypedResults.Ok(OfficerView.Of(Officer.From(http.User))))
            .RequireAuthorization(OfficerRoles.AnyPolicy).WithTags("Officers");
    }

    private static async Task<IResult> List(HitStore hits, string? flight, string? date, string? list, string? band, string? status, int? offset, int? limit,
        CancellationToken cancel)
    {
        string? day = null;
        if (date is { Length: > 0 })
        {
            if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) day = d.ToString("yyMMdd", CultureInfo.InvariantCulture);
            else if (date.Length == 6 && date.All(char.IsAsciiDigit)) day = date;
            else return TypedResults.Problem($"date '{date}' is not YYYY-MM-DD", statusCode: 400, title: "Bad filter");
        }
        if (status is { Length: > 0 } && status is not (HitStatuses.Open or HitStatuses.AwaitingSecond or HitStatuses.Confirmed or HitStatuses.Dismissed))
        {
            return TypedResults.Problem($"status '{status}' is not open, awaiting-second, confirmed or dismissed", statusCode: 400, title: "Bad filter");
        }
        var filter = new HitFilter(flight?.ToUpperInvariant(), day, list, band?.ToLowerInvariant(), status);
        int from = Math.Max(0, offset ?? 0), take = Math.Clamp(limit ?? 100, 1, 1000);
        var rows = await hits.ListAsync(filter, from, take, cancel);
        long total = await hits.CountAsync(filter, cancel);
        return TypedResults.Ok(new HitPage(total, from, take, ValueList.Of([.. rows.Select(r => HitSummary.Of(HitRecorder.Detail(r)))])));
    }

    private static async Task<IResult> Get(string id, HitStore hits, CancellationToken cancel)
    {
        if (await hits.GetAsync(id, cancel) is not { } record) return Problems.NotFound($"hit {id}");
        var detail = HitRecorder.Detail(record);
        string? submission = detail.SubmissionId ?? await hits.SubmissionOfAsync(detail.ReportId, detail.CreatedAt, cancel);
        return TypedResults.Ok(detail with
        {
            SubmissionId = submission,
            Links = new HitLinks($"/api/v1/hits/{id}", $"/api/v1/reports/{detail.ReportId}#traveller-{detail.TravellerIndex}",
                $"/api/v1/hits/{id}/message", $"/api/v1/hits/{id}/review"),
        });
    }

    private static async Task<IResult> Message(string id, HitStore hits, IGatewayStore store, CancellationToken cancel)
    {
        if (await hits.GetAsync(id, cancel) is not { } record) return Problems.NotFound($"hit {id}");
        var detail = HitRecorder.Detail(record);
        string? submission = detail.SubmissionId ?? await hits.SubmissionOfAsync(detail.ReportId, detail.CreatedAt, cancel);
        if (submission is null || await store.GetSubmissionAsync(submission, cancel) is not { } s) return Problems.NotFound($"the message of hit {id}");
        if (s.Body.Length == 0) return TypedResults.Problem("the message's personal data was removed under the retention rules", statusCode: 410, title: "Gone");
        return TypedResults.Bytes(s.Body, s.ContentType.Length > 0 ? s.ContentType : "application/octet-stream");
    }

    private static async Task<IResult> Review(string id, HttpContext http, HitReviews reviews, CancellationToken cancel)
    {
        ReviewRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(http.Request.Body, OfficerJsonContext.Default.ReviewRequest, cancel);
        }
        catch (JsonException e)
        {
            return TypedResults.Problem($"the review is not JSON: {e.Message}", statusCode: 400, title: "Bad review");
        }
        var result = await reviews.ReviewAsync(id, Officer.From(http.User), body?.Decision ?? "", body?.Note, cancel);
        return result.Status == 200
            ? TypedResults.Ok(result.Hit!)
            : TypedResults.Problem(result.Error, statusCode: result.Status, title: result.Status == 404 ? "Not found" : result.Status == 409 ? "Conflict" : "Bad review");
    }

    private static IResult Ticket(HttpContext http, StreamTickets tickets)
    {
        var (ticket, until) = tickets.Issue(Officer.From(http.User));
        return TypedResults.Ok(new StreamTicket(ticket, until));
    }

    private static async Task<IResult> Report(string id, IGatewayStore store, CancellationToken cancel)
    {
        var record = await store.GetReportAsync(id, cancel);
        if (record is null) return Problems.NotFound($"report {id}");
        var filed = JsonSerializer.Deserialize(record.Json, GatewayJsonContext.Default.FiledReport)!;
        var travellers = await store.GetTravellersAsync(id, cancel);
        var states = travellers.Select(t => JsonSerializer.Deserialize(t.Json, GatewayJsonContext.Default.TravellerState)!).ToArray();
        return TypedResults.Ok(new ReportView(record.Id, record.Carrier, record.Kind, record.FlightKey, record.Outcome, filed.FirstReceived,
            filed.Report, filed.Manifest.Conveyance, ValueList.Of(states)));
    }
}
