using Gateway.Domain.Decisions;

namespace Gateway.Pipeline;

/// <summary>An entry of a carrier's feed: an unsolicited status change of a traveller, or a PNR request past its deadline.</summary>
/// <param name="Type"><c>status</c> (a traveller's boarding decision changed) or <c>pnr-overdue</c> (a PNR request is past its
/// Decree 85(3) deadline with nothing pushed: <see cref="PnrRequest"/> says which; the reason cites the article).</param>
/// <param name="PnrRequest">For <c>pnr-overdue</c>: the request, with its finding.</param>
public sealed record StatusUpdate(long Sequence, string ReportId, string FlightKey, int Index, string Surname, string? PnrLocator,
    string? PassengerReference, string Code, string Text, ValueList<DecisionReason> Reasons, DateTimeOffset At, string? Cusres,
    string Type = StatusUpdate.StatusType, PnrRequestView? PnrRequest = null)
{
    /// <summary>A traveller's status change.</summary>
    public const string StatusType = "status";

    /// <summary>A PNR request past its deadline with nothing pushed.</summary>
    public const string PnrOverdueType = "pnr-overdue";
}
