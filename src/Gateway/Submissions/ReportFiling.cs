using System.Security.Cryptography;
using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.Json;
using Gateway.Pipeline;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Reports;
using Gateway.Domain.Validation;

namespace Gateway.Submissions;

/// <summary>
/// Files a list as a report: judged by the Decree rules at the moment it was received, and — when the carrier already
/// filed a list for the same flight — judged as an amendment of that report, which keeps its id and its history.
/// </summary>
public sealed class ReportFiling(IGatewayStore store, TimeProvider clock)
{
    /// <summary>The store's document kind for general declarations, keyed <c>carrier:flightKey</c>.</summary>
    public const string DeclarationKind = "declaration";

    /// <summary>The report kind of an interactive check: one report per check, never amended.</summary>
    public const string InteractiveKind = "iapi";

    /// <summary>Files one list received at <paramref name="received"/>.</summary>
    public async Task<FiledList> FileAsync(string carrier, Manifest manifest, DateTimeOffset received, CancellationToken cancel)
    {
        string flightKey = FlightKeys.Of(manifest);
        string kind = manifest.IsCrewList ? "crew" : "passengers";
        var context = await ContextAsync(carrier, manifest, flightKey, received, interactive: false, cancel);
        var previousRecord = await store.FindLatestReportAsync(carrier, flightKey, kind, cancel);
        if (previousRecord is null)
        {
            return new FiledList(NewId("r"), kind, flightKey, ReportAmender.File(manifest, context), false, new Dictionary<int, TravellerState>());
        }
        var previous = JsonSerializer.Deserialize(previousRecord.Json, GatewayJsonContext.Default.FiledReport)!;
        var amended = ReportAmender.Amend(previous, manifest, context);
        var kept = await KeptStatesAsync(previousRecord.Id, previous.Manifest, amended.Report.Manifest, cancel);
        return new FiledList(previousRecord.Id, kind, flightKey, amended.Report, true, kept, previousRecord.Version + 1);
    }

    /// <summary>
    /// Files an interactive check as a report of its own. Checks arrive one counter at a time and many at once for one
    /// flight; amending one flight report per check would rewrite the whole flight on every check (cost growing with
    /// each passenger) and make concurrent checks race. The flight's complete list is the batch list the carrier files
    /// when check-in closes.
    /// </summary>
    public async Task<FiledList> FileInteractiveAsync(string carrier, Manifest manifest, DateTimeOffset received, CancellationToken cancel)
    {
        string flightKey = FlightKeys.Of(manifest);
        var context = await ContextAsync(carrier, manifest, flightKey, received, interactive: true, cancel);
        return new FiledList(NewId("r"), InteractiveKind, flightKey, ReportAmender.File(manifest, context), false, new Dictionary<int, TravellerState>());
    }

    private async Task<ValidationContext> ContextAsync(string carrier, Manifest manifest, string flightKey, DateTimeOffset received, bool interactive,
        CancellationToken cancel)
    {
        var declaration = await store.GetDocumentAsync(DeclarationKind, carrier + ":" + flightKey, cancel) is { } gd
            ? JsonSerializer.Deserialize(gd.Json, GatewayJsonContext.Default.GeneralDeclaration)
            : null;
        return new ValidationContext
        {
            Received = received,
            Clock = clock,
            TouristLanding = manifest.Travellers.Any(t => t.TouristLanding),
            Declaration = declaration,
            Interactive = interactive,
        };
    }

    /// <summary>Adds the report and its travellers to the batch; unchanged travellers keep their earlier state.</summary>
    public static void Write(WriteBatch batch, string carrier, FiledList filed, DateTimeOffset at, Func<int, Traveller, TravellerState>? decided = null)
    {
        batch.Reports.Add(new ReportRecord(filed.Id, carrier, filed.Kind, filed.FlightKey, OutcomeText(filed.Report.Report.Outcome), at,
            JsonSerializer.Serialize(filed.Report, GatewayJsonContext.Default.FiledReport), filed.Version));
        var travellers = filed.Report.Manifest.Travellers;
        for (int i = 0; i < travellers.Count; i++)
        {
            var state = decided?.Invoke(i, travellers[i])
                ?? (filed.Kept.TryGetValue(i, out var kept) ? kept with { Index = i } : Pending(i, travellers[i]));
            batch.Travellers.Add(new TravellerRecord(filed.Id, i, carrier, state.Status, JsonSerializer.Serialize(state, GatewayJsonContext.Default.TravellerState), at));
        }
    }

    /// <summary>A traveller not yet screened.</summary>
    public static TravellerState Pending(int index, Traveller t) =>
        new(index, t.Name, t.Role, t.Reference("AVF"), t.Reference("ABO"), "pending", null, null, ValueList<Screening.Model.Hit>.Empty);

    /// <summary>The API's word for an outcome.</summary>
    public static string OutcomeText(ReportOutcome outcome) => JsonNamingPolicy.SnakeCaseLower.ConvertName(outcome.ToString());

    /// <summary>A new random id with a prefix.</summary>
    public static string NewId(string prefix) => prefix + "_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    private async Task<Dictionary<int, TravellerState>> KeptStatesAsync(string reportId, Manifest before, Manifest after, CancellationToken cancel)
    {
        var states = await store.GetTravellersAsync(reportId, cancel);
        var byTraveller = new Dictionary<Traveller, TravellerState>();
        foreach (var s in states)
        {
            if (s.Index < before.Travellers.Count && s.Status != "pending")
            {
                byTraveller.TryAdd(before.Travellers[s.Index], JsonSerializer.Deserialize(s.Json, GatewayJsonContext.Default.TravellerState)!);
            }
        }
        var kept = new Dictionary<int, TravellerState>();
        for (int i = 0; i < after.Travellers.Count; i++)
        {
            if (byTraveller.TryGetValue(after.Travellers[i], out var state)) kept[i] = state;
        }
        return kept;
    }
}
