namespace Gateway.Schemas.Reports;

/// <summary>Whether a report is about arriving in Korea or leaving it.</summary>
public enum TravelDirection
{
    /// <summary>Arrival in Korea (Decree 87(5)1).</summary>
    Arrival,
    /// <summary>Departure from Korea (Decree 87(5)2).</summary>
    Departure,
}
