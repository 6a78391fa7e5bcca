using Gateway.Domain.Decisions;
using Gateway.Pipeline;
using Gateway.Schemas.Reports;
using Gateway.Domain.Validation;

namespace Gateway.Apis;

/// <summary>The answer to a declaration or notice: stored id, outcome and findings.</summary>
public sealed record JudgedAnswer(string Id, string FlightKey, string Outcome, ValueList<Finding> Findings);

/// <summary>A stored PNR push; <paramref name="Contrl"/> acknowledges the interchange when its UNB asked (or the carrier accepts EDIFACT).</summary>
public sealed record PnrPushAnswer(string Id, string FlightKey, int Pnrs, int Passengers, ValueList<string> Notes, ValueList<PnrRequestView> Answered,
    string? Contrl = null);

/// <summary>The answer to landing applications: one decision per person.</summary>
public sealed record LandingAnswer(string Id, string Permit, ValueList<LandingPerson> People, ValueList<Finding> Findings);

/// <summary>One person's landing decision.</summary>
public sealed record LandingPerson(int Index, string Surname, string Outcome, DateTimeOffset? ValidUntil, ValueList<DecisionReason> Reasons);
