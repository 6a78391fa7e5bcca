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
/// <c>POST /api/v1/declarations</c>: the general declaration (Decree 87(3)) for a ship or aircraft, judged for its own
/// fields and kept by flight, so that the lists filed for the flight are cross-checked against its counts (Decree 87(4)).
/// <c>GET /api/v1/declarations/{id}</c> reads it back (id <c>carrier:flightKey</c>, as the <c>Location</c> gives it).
/// </summary>
public static class DeclarationsApi
{
    /// <summary>The store's document kind of the judged declaration as read back (the declaration itself is <see cref="ReportFiling.DeclarationKind"/>).</summary>
    public const string ViewKind = "declaration-view";

    /// <summary>Maps the routes.</summary>
    public static void MapDeclarationsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/declarations", Submit).RequireCarrier().WithTags("Declarations").Accepts<DeclarationDocument>("application/json")
            .Produces<JudgedAnswer>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        // The id holds the flight key's '/': the Location escapes it, and a caller may send it escaped or not.
        app.MapGet("/api/v1/declarations/{**id}", (string id, HttpContext http, IGatewayStore store, CancellationToken cancel) =>
                OwnDocuments.ReadAsync(store, http, ViewKind, Uri.UnescapeDataString(id), "declaration", cancel))
            .RequireCarrier().WithTags("Declarations").Produces<DeclarationView>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Submit(HttpContext http, IGatewayStore store, GroupCommitter committer, TimeProvider clock, CancellationToken cancel)
    {
        try
        {
            var d = SubmissionParser.ReadJson(await RequestBody.ReadAsync(http.Request, cancel), GatewayJsonContext.Default.DeclarationDocument);
            string carrier = http.Carrier();
            var received = clock.GetUtcNow();
            var declaration = ToDeclaration(d);
            var shell = ManifestDocumentMapper.ToManifest(new ManifestDocument(null, null, null, null,
                new ConveyanceDocument(null, d.Carrier ?? carrier, d.JourneyId, d.RegistrationMark, d.Name, d.Nationality),
                [new LegDocument(d.JourneyId, d.Carrier ?? carrier, d.Departure, d.Arrival, d.PortsOfCall)], [], null), carrier);
            string flightKey = FlightKeys.Of(shell);
            var report = ReportValidator.Validate(shell, new ValidationContext { Received = received, Clock = clock, Declaration = declaration });
            // The declaration's own fields: Decree 87(3). Counts against lists (87(4)) are judged when the lists are filed.
            var findings = report.Findings.Where(f => f.Article.StartsWith("Decree 87(3)", StringComparison.Ordinal)).ToArray();
            string outcome = findings.Any(f => f.Severity == Severity.Error) ? "rejected"
                : findings.Any(f => f.Severity == Severity.Warning) ? "accepted_with_warnings" : "accepted";
            string id = carrier + ":" + flightKey;
            var batch = new WriteBatch();
            batch.Documents.Add(new DocumentRecord(ReportFiling.DeclarationKind, id, carrier, received, JsonSerializer.Serialize(declaration, GatewayJsonContext.Default.GeneralDeclaration)));
            var view = new DeclarationView(id, flightKey, outcome, ValueList.Of(findings), received, declaration);
            batch.Documents.Add(new DocumentRecord(ViewKind, id, carrier, received, JsonSerializer.Serialize(view, GatewayJsonContext.Default.DeclarationView)));
            StreamEvents.NoticeReceived(batch, id, flightKey, NoticeKind.GENERAL_DECLARATION, d.Carrier ?? carrier, d.JourneyId ?? "", d.RegistrationMark ?? d.Name,
                d.Arrival?.Port ?? d.Departure?.Port ?? "", d.Arrival?.Time ?? d.Departure?.Time ?? "", d.Passengers, d.Crew, received);
            await committer.CommitAsync(batch, cancel);
            return TypedResults.Created($"/api/v1/declarations/{Uri.EscapeDataString(id)}", new JudgedAnswer(id, flightKey, outcome, ValueList.Of(findings)));
        }
        catch (SubmissionRejected e)
        {
            return Problems.Unreadable(http, e);
        }
    }

    private static GeneralDeclaration ToDeclaration(DeclarationDocument d) => new(
        d.VehicleType, d.RegistrationMark, d.Name, d.Nationality,
        d.Departure?.Port, Iso(d.Departure?.Time),
        ValueList.Of([.. (d.PortsOfCall ?? []).Select(c => new PortCall(c.Port ?? "", Iso(c.Time)))]),
        d.Arrival?.Port, Iso(d.Arrival?.Time), d.Crew, d.Passengers, d.TransitPassengers);

    private static MessageDate? Iso(string? text) => text is null ? null : new MessageDate(text, MessageDate.Iso);
}
