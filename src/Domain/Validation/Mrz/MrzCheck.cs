namespace Gateway.Domain.Validation.Mrz;

/// <summary>One check digit: which field, what the MRZ says, what 7-3-1 gives.</summary>
public sealed record MrzCheck(string Field, char Actual, char Expected)
{
    /// <summary>Whether the MRZ digit matches the computation.</summary>
    public bool Ok => Actual == Expected;
}
