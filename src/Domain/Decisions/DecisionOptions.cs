namespace Gateway.Domain.Decisions;

/// <summary>Decision policy settings (see docs/DECISIONS.md).</summary>
public sealed class DecisionOptions
{
    /// <summary>Nationalities that need a visa (DOC type V) to enter Korea.</summary>
    public List<string> VisaRequired { get; set; } = [];

    /// <summary>Nationalities eligible for a tourist landing permit (Decree 18-3).</summary>
    public List<string> TouristLandingEligible { get; set; } = [];

    /// <summary>Highest no-return ratio at which a carrier's passengers still get tourist landing.</summary>
    public double NoReturnThreshold { get; set; } = 0.01;

    /// <summary>Longest crew landing (Act 14): 15 days.</summary>
    public int CrewLandingDays { get; set; } = 15;
}
