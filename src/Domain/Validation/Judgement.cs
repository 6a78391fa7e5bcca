using Gateway.Schemas.Manifests;
using Gateway.Schemas.Reports;
using Gateway.Domain.Validation.Reference;

namespace Gateway.Domain.Validation;

/// <summary>The working state of one validation: the context resolved once, and the findings gathered so far.</summary>
internal sealed class Judgement
{
    private static readonly TimeZoneInfo Seoul = PortDirectory.Zone("Asia/Seoul") ?? TimeZoneInfo.Utc;

    public Judgement(ValidationContext context, DateTimeOffset received)
    {
        Context = context;
        Ports = context.Ports;
        Received = received;
        Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(received, Seoul).DateTime);
        TravelDate = Today;
    }

    public ValidationContext Context { get; }
    public PortDirectory Ports { get; }
    public DateTimeOffset Received { get; }

    /// <summary>The date in Korea when the report was received: the reference for two-digit years and ages.</summary>
    public DateOnly Today { get; }

    /// <summary>The local date of arrival or departure; documents must be valid on it.</summary>
    public DateOnly TravelDate { get; set; }

    public List<Finding> Findings { get; } = [];
    public List<ZoneAssumption> Zones { get; } = [];

    public void Add(Finding finding) => Findings.Add(finding);

    /// <summary>Records an assumed or unknown zone once per port.</summary>
    public void Assume(PortInfo port, string shownCode, string path)
    {
        if (!port.IsAssumed) return;
        foreach (var z in Zones) if (z.Location == shownCode) return;
        Zones.Add(new ZoneAssumption(shownCode, port.Zone?.Id, port.Note ?? "unknown"));
        Add(port.Zone is null
            ? Rules.TimingRules.ZoneUnknown.At(path, shownCode)
            : Rules.TimingRules.ZoneAssumed.At(path, shownCode, port.Zone.Id, new Words(port.Note ?? "", port.NoteKorean ?? port.Note ?? "")));
    }

    public static ReportOutcome OutcomeOf(IEnumerable<Finding> findings)
    {
        bool error = false, late = false, warning = false;
        foreach (var f in findings)
        {
            if (f.Severity == Severity.Error)
            {
                if (RuleCatalogue.IsLateness(f.Code)) late = true;
                else error = true;
            }
            else if (f.Severity == Severity.Warning) warning = true;
        }
        return error ? ReportOutcome.Rejected : late ? ReportOutcome.Late : warning ? ReportOutcome.AcceptedWithWarnings : ReportOutcome.Accepted;
    }

    /// <summary>Errors first, then warnings, then info; list order within each (a stable sort).</summary>
    public Schemas.ValueList<Finding> Sorted() =>
        Findings.Select((f, i) => (f, i)).OrderBy(x => (int)x.f.Severity).ThenBy(x => x.i).Select(x => x.f).ToArray();

    public static string Name(Traveller t)
    {
        var name = t.Name;
        if (name is null) return "";
        string surname = name.Surname ?? "";
        return name.GivenNames is null || name.GivenNames.Count == 0 ? surname : surname + ", " + string.Join(' ', name.GivenNames);
    }
}
