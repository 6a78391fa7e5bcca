using Gateway.Schemas.Manifests;
using Gateway.Schemas.Reports;
using Gateway.Domain.Validation.Reference;

namespace Gateway.Domain.Validation;

/// <summary>
/// What the rules need besides the list itself: when it was received (or the clock to ask), the direction when the
/// caller knows it, whether a tourist landing permit is applied for, and the general declaration for Decree 87(3).
/// </summary>
public sealed record ValidationContext
{
    /// <summary>When the gateway received the report; when null, the clock's current time.</summary>
    public DateTimeOffset? Received { get; init; }

    /// <summary>The clock (injected so that tests control "now").</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Arrival or departure; when null it is inferred from the legs (a Korean arrival port means arrival).</summary>
    public TravelDirection? Direction { get; init; }

    /// <summary>
    /// A tourist landing permit (Act 14-2) is applied for on this voyage: the 24-hour deadline applies, and facial
    /// information is required of the applicants (the passengers flagged, or every non-Korean passenger when none is).
    /// </summary>
    public bool TouristLanding { get; init; }

    /// <summary>The general declaration, when it came with the list (Decree 87(3)).</summary>
    public GeneralDeclaration? Declaration { get; init; }

    /// <summary>
    /// An interactive check at check-in: the message carries the passengers at the counter, not the flight's whole
    /// list, so the Decree 87(3)7 counts are not compared here (the closing batch list is counted).
    /// </summary>
    public bool Interactive { get; init; }

    /// <summary>Ports, countries and zones; the embedded table unless a test supplies another.</summary>
    public PortDirectory Ports { get; init; } = PortDirectory.Default;

    /// <summary>A context received now by the clock.</summary>
    public static ValidationContext At(DateTimeOffset received) => new() { Received = received };
}
