namespace Gateway.Domain.Decisions;

/// <summary>Why a decision was made: the article, and the list entry or finding behind it.</summary>
/// <param name="Code">A stable reason code, e.g. <c>HIT-ENTRY-BAN</c>, <c>DOC-EXPIRED</c>.</param>
/// <param name="Article">The ground: the provision that bars or questions the traveller, e.g. <c>Act 11</c>.</param>
/// <param name="Text">Plain words for the carrier and officer.</param>
/// <param name="List">The watch list of a hit.</param>
/// <param name="Reference">The list's own reference of the entry, or the finding code.</param>
/// <param name="Score">The hit's score.</param>
/// <param name="Duty">The carrier's duty the decision calls on: <c>Act 73</c> (keep from boarding or landing) or
/// <c>Decree 87(4)</c> (supplement the report).</param>
public sealed record DecisionReason(string Code, string Article, string Text, string? List = null, string? Reference = null, double? Score = null,
    string? Duty = null);

/// <summary>A boarding decision for one traveller.</summary>
/// <param name="Code">0Z, 1Z, 2Z or 4Z.</param>
/// <param name="Reasons">Every reason that led to it (none for a plain 0Z).</param>
public sealed record BoardingDecision(string Code, ValueList<DecisionReason> Reasons);

/// <summary>A landing decision for one person of a vessel.</summary>
/// <param name="Outcome"><c>granted</c>, <c>refused</c> or <c>referred</c> (to an officer).</param>
/// <param name="Permit"><c>crew</c> (Act 14) or <c>tourist</c> (Act 14-2).</param>
/// <param name="ValidUntil">For a granted permit: the last moment it is valid.</param>
/// <param name="Reasons">Why.</param>
public sealed record LandingDecision(string Outcome, string Permit, DateTimeOffset? ValidUntil, ValueList<DecisionReason> Reasons);
