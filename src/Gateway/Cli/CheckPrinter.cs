using Gateway.Adapters.Contrl;
using Gateway.Schemas;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Responses;

namespace Gateway.Cli;

/// <summary>The human-readable rendering of a check result.</summary>
internal static class CheckPrinter
{
    public static void Print(CheckResult r, TextWriter o)
    {
        o.WriteLine($"== {r.Input}");
        if (r.Error is { } e)
        {
            var where = string.Join(", ", new[]
            {
                e.Segment is null ? null : "segment " + e.Segment + (e.SegmentNumber is { } n ? " #" + n : ""),
                e.Element is { } el ? "element " + el : null,
                e.Component is { } c ? "component " + c : null,
                e.Line is { } l ? $"line {l}, column {e.Column}" : null,
            }.Where(x => x is not null));
            o.WriteLine($"  ERROR: {e.Message}{(where.Length > 0 ? " (" + where + ")" : "")}{(e.ControlCode is null ? "" : " [CONTRL 0085 code " + e.ControlCode + "]")}");
            PrintReply(r, o);
            return;
        }
        if (r.Interchange is { } i)
        {
            o.WriteLine($"  interchange {i.Reference} from {i.Sender} to {i.Recipient}, syntax {i.Syntax}, {i.Messages} message(s){(i.Test ? ", TEST" : "")}");
        }
        for (int k = 0; k < r.Manifests.Count; k++)
        {
            PrintManifest(r.Manifests[k], o);
            if (k < r.Reports.Count)
            {
                o.WriteLine("  Decree report (judged as received now):");
                foreach (var line in Gateway.Domain.Validation.ReportText.Describe(r.Reports[k]).Split('\n', StringSplitOptions.RemoveEmptyEntries)) o.WriteLine("    " + line);
            }
        }
        foreach (var response in r.Responses) PrintResponse(response, o);
        foreach (var report in r.SyntaxReports)
        {
            o.WriteLine($"  CONTRL syntax report (syntax {report.SyntaxVersion}):");
            foreach (var line in ContrlText.Describe(report)) o.WriteLine("    " + line);
        }
        foreach (var p in r.Pushes) PnrCheckPrinter.Print(p, o);
        foreach (var m in r.OtherMessages) o.WriteLine($"  {m.Type} {m.Version} message {m.Reference}, {m.Segments} segments");
        if (r.Notes.Count > 0)
        {
            o.WriteLine($"  repairs and warnings ({r.Notes.Count}):");
            foreach (var n in r.Notes)
            {
                o.WriteLine($"    {n.Code}: {n.Message} ({(n.Segment is null ? "" : "segment " + n.Segment + ", ")}line {n.Line}, column {n.Column})");
            }
        }
        PrintReply(r, o);
    }

    private static void PrintReply(CheckResult r, TextWriter o)
    {
        if (r.ContrlReply.Count == 0) return;
        o.WriteLine("  CONTRL the gateway would answer:");
        foreach (var line in r.ContrlReply) o.WriteLine("    " + line);
    }

    private static void PrintResponse(BoardingResponse r, TextWriter o)
    {
        string kind = r.Kind switch
        {
            ResponseKind.Response => "response",
            ResponseKind.StatusChange => "unsolicited status change",
            ResponseKind.Acknowledgement => "acknowledgement",
            _ => "document",
        };
        o.WriteLine($"  CUSRES {r.Header.Version} {kind} (BGM {r.DocumentCode}), message {r.Header.MessageReference}, transaction {r.TransactionReference ?? "-"}");
        foreach (var f in r.Flights)
        {
            o.WriteLine($"    flight {f.Flight}: {f.DeparturePort ?? "-"} {f.Departure?.Text ?? "-"} -> {f.ArrivalPort ?? "-"} {f.Arrival?.Text ?? "-"}");
        }
        foreach (var t in r.FreeTexts) o.WriteLine($"    text {t.Qualifier}: {t.Text}");
        int index = 0;
        foreach (var e in r.Entries)
        {
            index++;
            string level = e.Level == ResponseLevel.Message ? "message" : e.Level == ResponseLevel.Passenger ? "passenger" : "ERP " + e.Section;
            string refs = string.Join(" ", e.References.Select(x => x.ToString()));
            string statuses = e.Statuses.Count == 0 ? "no status" : string.Join(", ", e.Statuses.Select(s => s.ToString()));
            string texts = string.Concat(e.FreeTexts.Select(t => $"  \"{t.Text}\""));
            o.WriteLine($"    {index,3}. {level} {refs}  {statuses}{texts}");
        }
    }

    private static void PrintManifest(Manifest m, TextWriter o)
    {
        string kind = m.DocumentCode switch
        {
            DocumentCodes.PassengerList => "passenger list",
            DocumentCodes.CrewList => "crew list",
            DocumentCodes.FlightStatus => "flight status (interactive)",
            _ => "document " + m.DocumentCode,
        };
        var c = m.Conveyance;
        o.WriteLine($"  {m.Header.MessageType} {m.Header.Version} {kind} (BGM {m.DocumentCode}{(m.DocumentFunction is null ? "" : "+" + m.DocumentFunction)})"
                    + $", {m.Header.Parts} part(s), transaction {m.Header.TransactionReference ?? "-"}");
        o.WriteLine($"  conveyance: {c.Mode} {c.Carrier} {c.JourneyId}{(c.VehicleName is null ? "" : " vessel " + c.VehicleName)}{(c.VehicleId is null ? "" : " id " + c.VehicleId)}");
        foreach (var leg in c.Legs)
        {
            o.WriteLine($"    leg {leg.JourneyId}: " + string.Join("  ", leg.Points.Select(p =>
                $"{p.Qualifier}:{p.Location}" + string.Concat(p.Times.Select(t => $" {t.Qualifier}={t.Date.Text}")))));
        }
        int crew = m.Travellers.Count(t => t.IsCrew);
        o.WriteLine($"  travellers: {m.Travellers.Count} ({m.Travellers.Count - crew} passengers, {crew} crew); declared totals: passengers {Show(m.Totals.Passengers)}, crew {Show(m.Totals.Crew)}");
        int index = 0;
        foreach (var t in m.Travellers)
        {
            index++;
            var docs = string.Join("; ", t.Documents.Select(d => $"{d.Type} {d.Number}{(d.IssuingState is null ? "" : " " + d.IssuingState)}{(d.Expiry is null ? "" : " exp " + d.Expiry.Text)}"));
            o.WriteLine($"    {index,3}. {t.Role,-3} {t.Name}  sex {t.Sex ?? "-"}  born {t.BirthDate?.Text ?? "-"}  nat {t.Nationality ?? "-"}  {docs}");
        }
    }

    private static string Show(int? n) => n?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";
}
