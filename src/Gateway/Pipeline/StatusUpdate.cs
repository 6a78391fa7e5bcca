using Gateway.Decisions;

namespace Gateway.Pipeline;

/// <summary>An unsolicited status change in a carrier's feed.</summary>
public sealed record StatusUpdate(long Sequence, string ReportId, string FlightKey, int Index, string Surname, string? PnrLocator,
    string? PassengerReference, string Code, string Text, ValueList<DecisionReason> Reasons, DateTimeOffset At, string? Cusres);
