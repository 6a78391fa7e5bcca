namespace Gateway.Schemas.Reports;

/// <summary>How much a finding weighs on the outcome of a report.</summary>
public enum Severity
{
    /// <summary>The report does not satisfy the Decree: it is rejected (or late, for timing).</summary>
    Error,
    /// <summary>Accepted, but the carrier should correct it.</summary>
    Warning,
    /// <summary>For the record: an assumption the gateway made or a fact worth knowing.</summary>
    Info,
}
