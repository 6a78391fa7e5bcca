namespace Gateway.Schemas.Manifests;

/// <summary>
/// The vessel or aircraft (Decree 87(3)) and its legs. Air lists name the carrier and flight; sea lists name the
/// vessel (IMO number, name, flag). The general declaration fills the rest (type, registration, counts).
/// </summary>
/// <param name="Mode">Air, sea or unknown (TDT C220 8067, or inferred).</param>
/// <param name="Carrier">TDT C040 3127: airline designator or shipping line.</param>
/// <param name="JourneyId">TDT 8028: flight number (e.g. <c>YY0815</c>) or voyage number.</param>
/// <param name="VehicleId">TDT C222 8213: IMO number or aircraft registration.</param>
/// <param name="VehicleName">TDT C222 8212: vessel name.</param>
/// <param name="VehicleNationality">TDT C222 8453: flag State.</param>
/// <param name="Legs">One per SG2 TDT.</param>
public sealed record Conveyance(
    TransportMode Mode,
    string? Carrier,
    string? JourneyId,
    string? VehicleId,
    string? VehicleName,
    string? VehicleNationality,
    ValueList<Leg> Legs);

/// <summary>Mode of transport.</summary>
public enum TransportMode
{
    /// <summary>Not stated.</summary>
    Unknown,
    /// <summary>Aircraft.</summary>
    Air,
    /// <summary>Vessel.</summary>
    Sea,
}

/// <summary>One SG2 group: a TDT and its SG3 places.</summary>
/// <param name="StageCode">TDT 8051 (<c>20</c> main carriage, <c>34</c> overflight).</param>
/// <param name="JourneyId">TDT 8028.</param>
/// <param name="Carrier">TDT C040 3127.</param>
/// <param name="Points">SG3 LOC/DTM in message order.</param>
public sealed record Leg(string StageCode, string? JourneyId, string? Carrier, ValueList<LegPoint> Points);

/// <summary>An SG3 place of a leg with its dates.</summary>
/// <param name="Qualifier">LOC 3227: <c>125</c> last departure before entry, <c>87</c> first arrival, <c>92</c> routing, <c>130</c> final destination.</param>
/// <param name="Location">IATA airport or UN/LOCODE.</param>
/// <param name="Times">DTM in the group: 189 departure, 232 arrival (local time at the place).</param>
public sealed record LegPoint(string Qualifier, string Location, ValueList<QualifiedDate> Times)
{
    /// <summary>DTM+189, the scheduled departure (local).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public MessageDate? Departure => Find(DateQualifiers.Departure);

    /// <summary>DTM+232, the scheduled arrival (local).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public MessageDate? Arrival => Find(DateQualifiers.Arrival);

    private MessageDate? Find(string qualifier)
    {
        foreach (var t in Times) if (t.Qualifier == qualifier) return t.Date;
        return null;
    }
}

/// <summary>A DTM: its 2005 qualifier and value.</summary>
public sealed record QualifiedDate(string Qualifier, MessageDate Date);

/// <summary>LOC 3227 codes.</summary>
public static class LocationQualifiers
{
    /// <summary>Last place of departure before entering the destination country.</summary>
    public const string LastDeparture = "125";
    /// <summary>First place of arrival in the destination country.</summary>
    public const string FirstArrival = "87";
    /// <summary>Routing: other legs of a multi-sector journey.</summary>
    public const string Routing = "92";
    /// <summary>Final destination.</summary>
    public const string FinalDestination = "130";
    /// <summary>Port of first arrival / customs clearance (traveller).</summary>
    public const string Clearance = "22";
    /// <summary>Place of embarkation (traveller).</summary>
    public const string Embarkation = "178";
    /// <summary>Place of disembarkation (traveller).</summary>
    public const string Disembarkation = "179";
    /// <summary>Country of residence (traveller).</summary>
    public const string Residence = "174";
    /// <summary>Place of birth (traveller).</summary>
    public const string Birth = "180";
    /// <summary>Place of document issue.</summary>
    public const string DocumentIssue = "91";
}

/// <summary>DTM 2005 codes.</summary>
public static class DateQualifiers
{
    /// <summary>Departure date/time, scheduled.</summary>
    public const string Departure = "189";
    /// <summary>Arrival date/time, scheduled.</summary>
    public const string Arrival = "232";
    /// <summary>Birth date.</summary>
    public const string Birth = "329";
    /// <summary>Document expiry date.</summary>
    public const string Expiry = "36";
    /// <summary>Document issue date.</summary>
    public const string Issue = "182";
}
