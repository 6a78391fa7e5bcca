namespace Gateway.Domain.Validation.Reference;

/// <summary>How a port's time zone was found.</summary>
public enum ZoneBasis
{
    /// <summary>No zone: the code is unknown and its country has none.</summary>
    Unknown,
    /// <summary>The airport's own zone (OpenFlights).</summary>
    Airport,
    /// <summary>A Korean port: Asia/Seoul by rule.</summary>
    Korea,
    /// <summary>Assumed: the zone most airports of the port's country use.</summary>
    Country,
}
