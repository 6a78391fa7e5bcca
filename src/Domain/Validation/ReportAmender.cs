using System.Text;
using Gateway.Schemas;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Reports;
using Gateway.Domain.Validation.Rules;

namespace Gateway.Domain.Validation;

/// <summary>
/// Amendments (Decree 87(4) supplements and PAXLST BGM functions): a later list for the same flight is merged into
/// the report it amends and the merged list is judged again; the report keeps its history.
/// <list type="bullet">
/// <item>no function: a supplement — new people are added, people already listed are replaced;</item>
/// <item><c>CP</c>: change — listed people are replaced (an unknown person is added, with a warning);</item>
/// <item><c>XR</c> (cancel) and <c>RP</c> (reduction in party): the people named are removed.</item>
/// </list>
/// People are matched by RFF+ABO when both carry one, else by name, date of birth and document number.
/// Decree 87(5) timing stays judged on the first message: a supplement does not make an on-time report late.
/// </summary>
public static class ReportAmender
{
    /// <summary>Files a first list: judges it and starts its history.</summary>
    public static FiledReport File(Manifest first, ValidationContext? context = null)
    {
        context ??= new ValidationContext();
        var received = context.Received ?? context.Clock.GetUtcNow();
        var report = ReportValidator.Validate(first, context with { Received = received });
        var entry = new ReportHistoryEntry(received, "initial", first.Header?.TransactionReference, Count(first), 0, 0, report.Outcome);
        return new FiledReport(first, report with { History = ValueList.Of(entry) }, received);
    }

    /// <summary>Applies a later list to a filed report. Never throws; a list for another flight is refused.</summary>
    public static AmendResult Amend(FiledReport previous, Manifest next, ValidationContext? context = null)
    {
        context ??= new ValidationContext();
        var received = context.Received ?? context.Clock.GetUtcNow();
        var j = new Judgement(context, received);
        var messageFindings = new List<Finding>();
        var history = previous.Report.History.Count > 0
            ? previous.Report.History
            : ValueList.Of(new ReportHistoryEntry(previous.FirstReceived, "initial", previous.Manifest.Header?.TransactionReference,
                Count(previous.Manifest), 0, 0, previous.Report.Outcome));

        string was = FlightKey(previous.Manifest), now = FlightKey(next);
        if (was != now)
        {
            messageFindings.Add(ListRules.AmendOtherFlight.At("conveyance", now, was));
            var refused = new ReportHistoryEntry(received, FunctionName(next.DocumentFunction), next.Header?.TransactionReference, 0, 0, 0,
                ReportOutcome.Rejected, $"refused: amendment for {now}, report is for {was}");
            var kept = previous with { Report = previous.Report with { History = new ValueList<ReportHistoryEntry>([.. history, refused]) } };
            return new AmendResult(kept, false, messageFindings.ToArray());
        }

        string function = (next.DocumentFunction ?? "").Trim().ToUpperInvariant();
        if (function.Length > 0 && function is not ("CP" or "XR" or "RP"))
        {
            messageFindings.Add(ListRules.AmendFunctionUnknown.At("documentFunction", next.DocumentFunction));
            function = "";
        }
        bool remove = function is "XR" or "RP";
        var merged = new List<Traveller>(previous.Manifest.Travellers ?? ValueList<Traveller>.Empty);
        int added = 0, changed = 0, removed = 0;
        var incoming = next.Travellers ?? ValueList<Traveller>.Empty;
        for (int i = 0; i < incoming.Count; i++)
        {
            var t = incoming[i];
            if (t is null) continue;
            int at = merged.FindIndex(m => m is not null && Same(m, t, j));
            if (remove)
            {
                if (at >= 0) { merged.RemoveAt(at); removed++; }
                else messageFindings.Add(ListRules.AmendUnknownTraveller.About(i, Judgement.Name(t), $"travellers[{i}]", function, new Words("nothing was removed", "삭제하지 않았습니다")));
            }
            else if (at >= 0) { merged[at] = t; changed++; }
            else
            {
                if (function == "CP") messageFindings.Add(ListRules.AmendUnknownTraveller.About(i, Judgement.Name(t), $"travellers[{i}]", function, new Words("added as a new traveller", "새 여행자로 추가했습니다")));
                merged.Add(t);
                added++;
            }
        }

        var manifest = previous.Manifest with
        {
            Travellers = merged.ToArray(),
            // CNT carries the flight's total in every message; a later total supersedes the earlier one.
            Totals = next.Totals is { Passengers: not null } or { Crew: not null } ? next.Totals : previous.Manifest.Totals,
        };
        var report = ReportValidator.Validate(manifest, context with { Received = previous.FirstReceived });
        string name = FunctionName(next.DocumentFunction);
        var entry = new ReportHistoryEntry(received, name, next.Header?.TransactionReference, added, changed, removed, report.Outcome,
            messageFindings.Count == 0 ? null : string.Join(" ", messageFindings.Select(f => f.Message)));
        var note = ListRules.Amended.At("history", name, ItineraryReader.Show(received), added, changed, removed);
        report = report with
        {
            Findings = new ValueList<Finding>([.. report.Findings, note]),
            History = new ValueList<ReportHistoryEntry>([.. history, entry]),
        };
        return new AmendResult(new FiledReport(manifest, report, previous.FirstReceived), true, messageFindings.ToArray());
    }

    private static string FunctionName(string? function) =>
        string.IsNullOrWhiteSpace(function) ? "supplement" : function.Trim().ToUpperInvariant();

    private static int Count(Manifest m) => m.Travellers?.Count ?? 0;

    private static bool Same(Traveller a, Traveller b, Judgement j)
    {
        string? refA = a.References is null ? null : a.Reference("ABO");
        string? refB = b.References is null ? null : b.Reference("ABO");
        if (!string.IsNullOrWhiteSpace(refA) && !string.IsNullOrWhiteSpace(refB)) return refA.Trim() == refB.Trim();
        string? ka = ListChecks.PersonKey(a, j), kb = ListChecks.PersonKey(b, j);
        if (ka is null || ka != kb) return false;
        string da = FirstDocument(a), db = FirstDocument(b);
        return da.Length == 0 || db.Length == 0 || da == db;
    }

    private static string FirstDocument(Traveller t) =>
        t.Documents is { Count: > 0 } docs ? DocumentChecks.Normalise(docs[0]?.Number) : "";

    /// <summary>
    /// The list a message belongs to: its kind (passenger or crew list: separate reports), carrier and number (zero
    /// padding ignored: YY0815 = YY815) or vessel, and the date of its first scheduled time.
    /// </summary>
    public static string FlightKey(Manifest m)
    {
        var c = m.Conveyance;
        var sb = new StringBuilder();
        sb.Append(m.DocumentCode == DocumentCodes.CrewList ? "crew " : "passengers ");
        string journey = (c?.JourneyId ?? c?.Legs?.FirstOrDefault()?.JourneyId ?? "").Trim().ToUpperInvariant();
        string carrier = (c?.Carrier ?? "").Trim().ToUpperInvariant();
        if (carrier.Length > 0 && !journey.StartsWith(carrier, StringComparison.Ordinal)) sb.Append(carrier);
        int digits = journey.Length;
        while (digits > 0 && char.IsAsciiDigit(journey[digits - 1])) digits--;
        sb.Append(journey[..digits]).Append(journey[digits..].TrimStart('0'));
        if (c?.Mode == TransportMode.Sea) sb.Append('/').Append((c.VehicleId ?? c.VehicleName ?? "").Trim().ToUpperInvariant());
        var first = c?.Legs?.SelectMany(l => l?.Points ?? ValueList<LegPoint>.Empty).SelectMany(p => p?.Times ?? ValueList<QualifiedDate>.Empty)
            .FirstOrDefault(t => t?.Date?.Text is { Length: >= 6 });
        if (first?.Date is { } date)
        {
            // Compare dates, not formats: 2503141130 (201) and 202503141130 (203) are the same day.
            string text = date.Text;
            sb.Append('@').Append(date.Format is MessageDate.Ccyymmdd or MessageDate.CcyymmddHhmm ? text[2..Math.Min(8, text.Length)]
                : date.Format == MessageDate.Iso && text.Length >= 10 ? text[2..4] + text[5..7] + text[8..10] : text[..6]);
        }
        return sb.ToString();
    }
}
