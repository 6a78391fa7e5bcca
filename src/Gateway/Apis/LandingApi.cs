using System.Globalization;
using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.Domain.Decisions;
using Gateway.Json;
using Gateway.Options;
using Gateway.Pipeline;
using Gateway.Screening;
using Gateway.Security;
using Gateway.Submissions;
using Gateway.Domain.Validation;

namespace Gateway.Apis;

/// <summary>
/// <c>POST /api/v1/landing-permits</c>: crew landing (Act 14) or tourist landing (Act 14-2) applications for a vessel's
/// people. Each person is judged by the Decree 87(2) rules, screened, and granted (with the permit's end), refused or
/// referred to an officer, with reasons. <c>GET /api/v1/landing-permits/{id}</c> reads the answer back.
/// </summary>
public static class LandingApi
{
    private const string Kind = "landing";

    /// <summary>Maps the routes.</summary>
    public static void MapLandingApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/landing-permits", Apply).RequireCarrier().WithTags("Landing permits").Accepts<LandingApplication>("application/json")
            .Produces<LandingAnswer>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/api/v1/landing-permits/{id}", (string id, HttpContext http, IGatewayStore store, CancellationToken cancel) =>
                OwnDocuments.ReadAsync(store, http, Kind, id, "landing permit answer", cancel))
            .RequireCarrier().WithTags("Landing permits").Produces<LandingAnswer>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Apply(HttpContext http, GroupCommitter committer, TravellerScreening screening, LandingPolicy policy,
        GatewayOptions options, TimeProvider clock, CancellationToken cancel)
    {
        try
        {
            var application = SubmissionParser.ReadJson(await RequestBody.ReadAsync(http.Request, cancel), GatewayJsonContext.Default.LandingApplication);
            bool tourist = string.Equals(application.Permit, "tourist", StringComparison.OrdinalIgnoreCase);
            if (!tourist && !string.Equals(application.Permit, "crew", StringComparison.OrdinalIgnoreCase))
            {
                throw new SubmissionRejected($"permit must be 'crew' or 'tourist', not '{application.Permit}'", "$.permit", null);
            }
            if (application.List is not { } list) throw new SubmissionRejected("list (the people applying) is required", "$.list", null);
            var now = clock.GetUtcNow();
            var landingFrom = Instant(application.LandingFrom, "$.landingFrom") ?? now;
            var shipDeparts = Instant(application.ShipDeparts, "$.shipDeparts");
            if (tourist && shipDeparts is null) throw new SubmissionRejected("shipDeparts is required for tourist landing: the permit lapses then", "$.shipDeparts", null);

            string carrier = http.Carrier();
            var manifest = ManifestDocumentMapper.ToManifest(list with { Kind = tourist ? "passengers" : "crew" }, carrier);
            if (tourist) manifest = manifest with { Travellers = ValueList.Of([.. manifest.Travellers.Select(t => t with { TouristLanding = true })]) };
            var report = ReportValidator.Validate(manifest, new ValidationContext { Received = now, Clock = clock, TouristLanding = tourist });
            double ratio = options.Carriers.TryGetValue(carrier, out var c) ? c.NoReturnRatio : 0;
            string id = ReportFiling.NewId("l");
            var submission = StreamEvents.NameUuid(id);
            string flightKey = FlightKeys.Of(manifest);
            var batch = new WriteBatch();
            var people = new List<LandingPerson>();
            for (int i = 0; i < manifest.Travellers.Count; i++)
            {
                var t = manifest.Travellers[i];
                var hits = screening.Screen(t);
                var decision = tourist
                    ? policy.Tourist(t, i, report, hits, shipDeparts!.Value, ratio)
                    : policy.Crew(t, i, report, hits, landingFrom);
                people.Add(new LandingPerson(i, t.Name.Surname, decision.Outcome, decision.ValidUntil, decision.Reasons));
                StreamEvents.TravellerScreened(batch, submission, flightKey, i, hits, [.. hits.Select(h => $"{id}|{i}|{h.List}|{h.Reference}")], now);
                StreamEvents.LandingDecided(batch, submission, flightKey, i, decision, now);
            }
            var answer = new LandingAnswer(id, tourist ? "tourist" : "crew", ValueList.Of([.. people]), report.Findings);
            batch.Documents.Add(new DocumentRecord(Kind, answer.Id, carrier, now, JsonSerializer.Serialize(answer, GatewayJsonContext.Default.LandingAnswer)));
            await committer.CommitAsync(batch, cancel);
            return TypedResults.Created($"/api/v1/landing-permits/{answer.Id}", answer);
        }
        catch (SubmissionRejected e)
        {
            return Problems.Unreadable(http, e);
        }
    }

    private static DateTimeOffset? Instant(string? text, string path)
    {
        if (text is null) return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) && text.Length > 16) return at;
        throw new SubmissionRejected($"'{text}' is not an ISO 8601 time with its offset, e.g. 2026-11-23T18:00+09:00", path, null);
    }
}
