namespace Gateway.Schemas.Pnr;

/// <summary>
/// A flight segment (TVL): the level-0 flight of a push, or one Gr5 itinerary leg of a PNR with its booking status,
/// equipment, flight SSRs and check-in groups. Code-share: the TVL names the marketing carrier and flight; the operating
/// carrier comes from TVL C306 second component, and the operating flight from a TRA or a following TVL that only
/// gives a flight number (<c>TVL+++++972:M</c>).
/// </summary>
/// <param name="Departure">TVL C309 departure date (DDMMYY) and time (local).</param>
/// <param name="Arrival">TVL C309 arrival date and time (local).</param>
/// <param name="From">TVL C328 departure airport.</param>
/// <param name="To">TVL C328 arrival airport.</param>
/// <param name="MarketingCarrier">TVL C306 first component.</param>
/// <param name="OperatingCarrier">TVL C306 second component, or TRA carrier.</param>
/// <param name="FlightNumber">TVL C308 flight number.</param>
/// <param name="BookingClass">TVL C308 booking class.</param>
/// <param name="Operating">The operating flight when given (TRA or operating-flight TVL).</param>
/// <param name="PartySize">RPI 6060 number in party, as sent.</param>
/// <param name="Status">RPI 4405 booking status (HK, KK…).</param>
/// <param name="Equipment">APD aircraft type.</param>
/// <param name="Services">Flight SSRs (seats, meals, documents…), as sent.</param>
/// <param name="Locators">RCI at leg level.</param>
/// <param name="Texts">IFT at leg level.</param>
/// <param name="CheckIns">Gr6: check-in groups.</param>
public sealed record ItineraryLeg(
    PnrDateTime? Departure,
    PnrDateTime? Arrival,
    string? From,
    string? To,
    string? MarketingCarrier,
    string? OperatingCarrier,
    string? FlightNumber,
    string? BookingClass,
    OperatingFlight? Operating,
    string? PartySize,
    string? Status,
    string? Equipment,
    ValueList<SpecialService> Services,
    ValueList<RecordLocator> Locators,
    ValueList<FreeText> Texts,
    ValueList<CheckIn> CheckIns)
{
    /// <summary>A code-share leg: another carrier or flight operates it.</summary>
    public bool IsCodeShare =>
        (OperatingCarrier is not null && OperatingCarrier != MarketingCarrier)
        || (Operating is not null && (Operating.FlightNumber != FlightNumber || (Operating.Carrier ?? OperatingCarrier) != MarketingCarrier));

    /// <summary>A leg with only the TVL data (the level-0 flight).</summary>
    public static ItineraryLeg Flight(PnrDateTime? departure, PnrDateTime? arrival, string? from, string? to,
        string? marketing, string? operating, string? flight, string? bookingClass) =>
        new(departure, arrival, from, to, marketing, operating, flight, bookingClass, null, null, null, null,
            ValueList<SpecialService>.Empty, ValueList<RecordLocator>.Empty, ValueList<FreeText>.Empty, ValueList<CheckIn>.Empty);
}

/// <summary>The operating flight of a code-share leg (TRA, or a TVL with only C308).</summary>
/// <param name="Carrier">Operating carrier when stated (TRA); null for the TVL form, where TVL C306 names it.</param>
/// <param name="FlightNumber">Operating flight number.</param>
/// <param name="BookingClass">Operating booking class.</param>
/// <param name="Segment"><c>TRA</c> or <c>TVL</c>: how it was sent.</param>
public sealed record OperatingFlight(string? Carrier, string? FlightNumber, string? BookingClass, string Segment);

/// <summary>Gr6: check-in information (DAT check-in date, ORG agent) and the travellers checked in (Gr7).</summary>
public sealed record CheckIn(ValueList<QualifiedPnrDate> Dates, PnrOrganisation? Agent, ValueList<CheckedInTraveller> Travellers);

/// <summary>Gr7: one checked-in traveller (TRI) with name (TIF), seat (SSD) and bags (TBD).</summary>
/// <param name="BoardingNumber">TRI: sequence or boarding number.</param>
/// <param name="TravellerReference">TRI: reference to the TIF traveller number.</param>
/// <param name="Name">TIF.</param>
/// <param name="Seat">SSD seat, e.g. <c>15A</c>.</param>
/// <param name="Cabin">SSD cabin class.</param>
/// <param name="Bags">TBD.</param>
public sealed record CheckedInTraveller(
    string? BoardingNumber,
    string? TravellerReference,
    TravellerName? Name,
    string? Seat,
    string? Cabin,
    ValueList<CheckedBags> Bags);

/// <summary>TBD: checked bags.</summary>
/// <param name="Count">Number of bags.</param>
/// <param name="Weight">Total weight.</param>
/// <param name="Unit">6411 unit code: <c>700</c> kilograms, <c>701</c> pounds.</param>
/// <param name="Pool">Pooling: <c>HP</c> head of pool, <c>MP</c> member of pool.</param>
/// <param name="PoolReference">The pool's reference (e.g. the head's boarding number).</param>
/// <param name="Tags">Bag tag runs.</param>
public sealed record CheckedBags(int? Count, decimal? Weight, string? Unit, string? Pool, string? PoolReference, ValueList<BagTagRange> Tags);

/// <summary>A run of bag tags: issuing carrier (code or numeric prefix), first tag, count, destination.</summary>
public sealed record BagTagRange(string? Carrier, string? FirstTag, string? Count, string? Destination, string? CompanyNumber);
