namespace Gateway.Runner.Engine;

/// <summary>What a scenario's request got back: the status code and, for a 2xx, what to look up at reconciliation.</summary>
public sealed record Exchange(int Status, Receipt? Receipt);

/// <summary>
/// A record the gateway acknowledged and that must be readable afterwards: a report (GET /api/v1/manifests/{id}),
/// an interactive check's stored answer (GET /api/v1/iapi/{id}), or a PNR push (GET /api/v1/pnr/pushes/{id}). The travellers
/// sent (<see cref="PassengerReferences"/>) must also be in the report <see cref="ReportId"/> the answer named.
/// </summary>
public sealed record Receipt(string Kind, string Id, string? ReportId, IReadOnlyList<string> PassengerReferences)
{
    /// <summary>An interactive check's stored answer.</summary>
    public const string Check = "iapi";

    /// <summary>A report filed by a list or an interactive check.</summary>
    public const string Report = "report";

    /// <summary>A stored PNR push.</summary>
    public const string PnrPush = "pnr";
}
