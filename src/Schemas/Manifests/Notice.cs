namespace Gateway.Schemas.Manifests;

/// <summary>
/// A scheduled arrival or departure notice (Act 74; Decree 86): due at the latest 24 hours before the port call,
/// except for scheduled (regular) services.
/// </summary>
/// <param name="Direction">Arrival in or departure from Korea.</param>
/// <param name="Port">The Korean port (IATA or UN/LOCODE).</param>
/// <param name="Scheduled">Scheduled arrival or departure, local time at the port.</param>
/// <param name="ScheduledService">A scheduled (regular) service: no notice is required.</param>
/// <param name="Carrier">Airline or shipping line.</param>
/// <param name="JourneyId">Flight or voyage number.</param>
/// <param name="VehicleName">Vessel name or aircraft registration.</param>
public sealed record Notice(
    Reports.TravelDirection Direction,
    string Port,
    MessageDate? Scheduled,
    bool ScheduledService,
    string? Carrier = null,
    string? JourneyId = null,
    string? VehicleName = null);
