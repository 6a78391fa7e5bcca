using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.Json;
using Gateway.Options;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Pnr;

namespace Gateway.Officers;

/// <summary>What one retention run did (also the detail of its audit entry).</summary>
public sealed record RetentionReport(int ReportsMasked, int ReportsDeleted, int ReportsKept, int PnrMasked, int PnrDeleted, int UpdatesDeleted);

/// <summary>
/// The retention job: on a schedule (the injected clock's timer), or on demand (<see cref="RunOnceAsync"/>), masks and
/// later deletes the personal data of reports and PNR past their periods, keeps whole every report with a confirmed hit,
/// and writes each run that changed anything to the audit log as <c>system</c>. Among several worker processes, one
/// runs each scheduled interval (a lease in the store).
/// Masking keeps what statistics and the carrier's reconciliation need (role, sex, nationality, passenger reference,
/// decisions and findings) and removes names, birth dates, document numbers, addresses, places, the raw message, and
/// for PNR everything but its record locators and the pushed flight.
/// </summary>
public sealed class Retention(RetentionStore store, IGatewayStore gateway, AuditLog audit, RetentionOptions options, GatewayOptions gateways,
    TimeProvider clock, ILogger<Retention> log) : BackgroundService
{
    private const string Masked = "***";
    private const int Batch = 500;

    /// <summary>The store lease of the scheduled run.</summary>
    public const string LeaseName = "retention";
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Scheduled in worker processes only (Gateway:Role all or worker), like the other background consumers.
        if (!options.Enabled || !GatewayRoles.Consumes(gateways.Role)) return;
        var interval = TimeSpan.FromMinutes(Math.Max(1, options.IntervalMinutes));
        using var timer = new PeriodicTimer(interval, clock);
        // Held for half an interval: the process that takes it at a tick runs that interval; at the next tick it has lapsed.
        var lease = new StoreLease(gateway, LeaseName, interval / 2, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // With several worker processes, the one that takes the lease for this interval runs it.
                if (await lease.HoldAsync(stoppingToken)) await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or JsonException)
            {
                log.LogError(e, "retention run failed; it runs again at the next interval");
            }
        }
    }

    /// <summary>One run, now.</summary>
    public async Task<RetentionReport> RunOnceAsync(CancellationToken cancel)
    {
        await _gate.WaitAsync(cancel);
        try
        {
            var now = clock.GetUtcNow();
            var kept = await store.KeptReportsAsync(cancel);
            int masked = 0, keptCount = 0;
            while (true)
            {
                var page = await store.ReportsToMaskAsync(now.AddDays(-options.ReportMaskDays), Batch, cancel);
                int before = masked;
                foreach (var report in page)
                {
                    if (kept.Contains(report.Id)) { keptCount++; continue; }
                    await MaskReportAsync(report, now, cancel);
                    masked++;
                }
                if (page.Count < Batch || masked == before) break;
            }
            int deleted = await store.DeleteReportsAsync(now.AddDays(-options.ReportDeleteDays), kept, cancel);
            int updates = await store.DeleteUpdatesAsync(now.AddDays(-options.ReportMaskDays), cancel);
            int pnrMasked = 0;
            foreach (var doc in await store.DocumentsToMaskAsync("pnr-push", now.AddDays(-options.PnrMaskDays), int.MaxValue, cancel))
            {
                var push = JsonSerializer.Deserialize(doc.Json, GatewayJsonContext.Default.PnrPush)!;
                await store.MaskDocumentAsync(doc with { Json = JsonSerializer.Serialize(MaskPnr(push), GatewayJsonContext.Default.PnrPush) }, now, cancel);
                pnrMasked++;
            }
            int pnrDeleted = await store.DeleteDocumentsAsync("pnr-push", now.AddDays(-options.PnrDeleteDays), cancel);
            var result = new RetentionReport(masked, deleted, keptCount, pnrMasked, pnrDeleted, updates);
            if (masked + deleted + pnrMasked + pnrDeleted + updates > 0)
            {
                await audit.RecordAsync("system", "", AuditLog.RetentionPurge, "reports+pnr", null,
                    JsonSerializer.Serialize(result, OfficerJsonContext.Default.RetentionReport), cancel);
            }
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task MaskReportAsync(ReportRecord report, DateTimeOffset now, CancellationToken cancel)
    {
        var filed = JsonSerializer.Deserialize(report.Json, GatewayJsonContext.Default.FiledReport)!;
        var manifest = filed.Manifest with { Travellers = ValueList.Of([.. filed.Manifest.Travellers.Select(MaskTraveller)]) };
        var travellers = new List<(int, string)>();
        foreach (var row in await gateway.GetTravellersAsync(report.Id, cancel))
        {
            var state = JsonSerializer.Deserialize(row.Json, GatewayJsonContext.Default.TravellerState)!;
            var maskedState = state with { Name = new PersonName(Masked, ValueList<string>.Empty), PnrLocator = null, Hits = ValueList<Screening.Model.Hit>.Empty };
            travellers.Add((row.Index, JsonSerializer.Serialize(maskedState, GatewayJsonContext.Default.TravellerState)));
        }
        var hits = new List<(string, string)>();
        foreach (var (id, status, json) in await store.HitsOfAsync(report.Id, cancel))
        {
            var d = JsonSerializer.Deserialize(json, OfficerJsonContext.Default.HitDetail)!;
            var t = d.Traveller;
            var maskedHit = d with
            {
                Traveller = new HitTraveller(Masked, ValueList<string>.Empty, null, t.Sex, t.Nationality, ValueList<HitDocument>.Empty, null, t.PassengerReference),
                Explanation = d.Explanation with { Aligned = [], UnmatchedQuery = [], Document = null },
            };
            hits.Add((id, JsonSerializer.Serialize(maskedHit, OfficerJsonContext.Default.HitDetail)));
        }
        string reportJson = JsonSerializer.Serialize(filed with { Manifest = manifest }, GatewayJsonContext.Default.FiledReport);
        await store.MaskReportAsync(report.Id, reportJson, travellers, hits, now, cancel);
    }

    private static Traveller MaskTraveller(Traveller t) => t with
    {
        Name = new PersonName(Masked, ValueList<string>.Empty),
        BirthDate = null,
        Address = null,
        Places = ValueList<QualifiedPlace>.Empty,
        References = ValueList.Of([.. t.References.Where(r => r.Qualifier == "ABO")]),
        Documents = ValueList.Of([.. t.Documents.Select(d => d with { Number = Masked, Mrz = null, Expiry = null, Issued = null })]),
        Bags = null,
        FacialImage = null,
    };

    private static PnrPush MaskPnr(PnrPush push) => push with
    {
        Flight = push.Flight with { CheckIns = ValueList<CheckIn>.Empty, Texts = ValueList<PnrFreeText>.Empty, Services = ValueList<SpecialService>.Empty },
        Pnrs = ValueList.Of([.. push.Pnrs.Select(p => p with
        {
            Services = ValueList<SpecialService>.Empty, Texts = ValueList<PnrFreeText>.Empty, Booker = null, Addresses = ValueList<PnrAddress>.Empty,
            ExcessBaggage = ValueList<PnrSegment>.Empty, Travellers = ValueList<PnrTraveller>.Empty, Itinerary = ValueList<ItineraryLeg>.Empty,
            NonAir = ValueList<NonAirService>.Empty, History = ValueList<HistoryCredit>.Empty, HistoryLines = ValueList<PnrSegment>.Empty,
            UnassignedDocuments = ValueList<PnrDocument>.Empty, Contacts = ValueList<PnrContact>.Empty, Other = ValueList<PnrSegment>.Empty,
        })]),
    };
}
