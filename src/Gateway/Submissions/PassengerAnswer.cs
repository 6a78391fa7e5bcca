using Gateway.Domain.Decisions;

namespace Gateway.Submissions;

/// <summary>One passenger's answer: code, text, reasons.</summary>
public sealed record PassengerAnswer(int Index, string Surname, string? PnrLocator, string? PassengerReference, string Code, string Text, ValueList<DecisionReason> Reasons);
