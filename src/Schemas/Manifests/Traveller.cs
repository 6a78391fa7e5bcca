namespace Gateway.Schemas.Manifests;

/// <summary>
/// One person on a list (SG4): the Decree 87(2) data and what else the message says about them.
/// Codes are kept as sent; validation judges them.
/// </summary>
/// <param name="Role">NAD 3035: <c>FL</c> passenger, <c>FM</c> crew, <c>DDU</c> transit passenger, <c>DDT</c> transit crew.</param>
/// <param name="Name">NAD C080: surname and given names as in the passport.</param>
/// <param name="Sex">ATT+2 9019: M, F, U or X as sent.</param>
/// <param name="BirthDate">DTM+329.</param>
/// <param name="Nationality">NAT+2 (ISO 3166-1 alpha-3 or an ICAO 9303 code).</param>
/// <param name="Address">NAD elements 5–9.</param>
/// <param name="Places">LOC 22/178/179/174/180 with their codes.</param>
/// <param name="References">RFF: AVF (PNR locator), ABO (passenger reference), SEA (seat), CR, YZY…</param>
/// <param name="CrewFunction">EMP C948 code (CR1 cockpit, CR2 cabin…) or a ship's rank or rating.</param>
/// <param name="Verified">GEI+4: 173 verified (swiped), 174 not verified; null when absent.</param>
/// <param name="Documents">SG5: passport, visa and other documents.</param>
/// <param name="Bags">MEA/FTX BAG: checked bags.</param>
/// <param name="FacialImage">Reference to facial information (Decree 87(2)7, tourist landing): a content hash or URI; JSON channel only.</param>
/// <param name="TouristLanding">Whether a tourist landing permit (Act 14-2) is applied for this person.</param>
public sealed record Traveller(
    string Role,
    PersonName Name,
    string? Sex,
    MessageDate? BirthDate,
    string? Nationality,
    Address? Address,
    ValueList<QualifiedPlace> Places,
    ValueList<Reference> References,
    string? CrewFunction,
    string? Verified,
    ValueList<TravelDocument> Documents,
    Baggage? Bags,
    string? FacialImage = null,
    bool TouristLanding = false)
{
    /// <summary>Crew (FM or DDT).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsCrew => Role is TravellerRoles.Crew or TravellerRoles.TransitCrew;

    /// <summary>In transit (DDU or DDT): not entering the country (Decree 87(2)6).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsTransit => Role is TravellerRoles.TransitPassenger or TravellerRoles.TransitCrew;

    /// <summary>The first reference with the qualifier, e.g. <c>ABO</c>.</summary>
    public string? Reference(string qualifier)
    {
        foreach (var r in References) if (r.Qualifier == qualifier) return r.Value;
        return null;
    }

    /// <summary>The first place with the qualifier, e.g. <c>178</c>.</summary>
    public string? Place(string qualifier)
    {
        foreach (var p in Places) if (p.Qualifier == qualifier) return p.Code;
        return null;
    }
}

/// <summary>NAD 3035 role codes.</summary>
public static class TravellerRoles
{
    /// <summary>Passenger.</summary>
    public const string Passenger = "FL";
    /// <summary>Crew member.</summary>
    public const string Crew = "FM";
    /// <summary>In-transit passenger.</summary>
    public const string TransitPassenger = "DDU";
    /// <summary>In-transit crew member.</summary>
    public const string TransitCrew = "DDT";
    /// <summary>Reference only (iAPI flight close lists).</summary>
    public const string ReferenceOnly = "ZZZ";
}

/// <summary>Name parts as in the passport: surname first, then each given name.</summary>
/// <param name="Surname">Primary identifier.</param>
/// <param name="GivenNames">Secondary identifiers in order (may be empty).</param>
public sealed record PersonName(string Surname, ValueList<string> GivenNames)
{
    /// <inheritdoc />
    public override string ToString() => GivenNames.Count == 0 ? Surname : Surname + ", " + string.Join(' ', GivenNames);
}

/// <summary>NAD address: street, city, sub-entity (state), postcode, country.</summary>
public sealed record Address(string? Street, string? City, string? Region, string? PostalCode, string? Country);

/// <summary>A LOC on a traveller or document: qualifier, code, and an optional place name.</summary>
public sealed record QualifiedPlace(string Qualifier, string Code, string? Name = null);

/// <summary>An RFF: qualifier and value.</summary>
public sealed record Reference(string Qualifier, string Value);

/// <summary>Checked bags: count, weight with unit, and tag ranges (FTX+BAG first tag and count).</summary>
public sealed record Baggage(int? Count, decimal? Weight, string? WeightUnit, ValueList<BagTag> Tags);

/// <summary>A run of consecutive bag tags.</summary>
public sealed record BagTag(string First, int Count);

/// <summary>SG5: a travel document.</summary>
/// <param name="Type">DOC 1001: P passport, V visa, I/A/C identity cards, AC crew certificate, F, IP, L…</param>
/// <param name="Number">DOC C503 1004, as sent.</param>
/// <param name="Expiry">DTM+36.</param>
/// <param name="Issued">DTM+182.</param>
/// <param name="IssuingState">LOC+91.</param>
/// <param name="Mrz">Machine-readable zone lines when supplied (JSON channel), joined with a newline.</param>
public sealed record TravelDocument(
    string Type,
    string Number,
    MessageDate? Expiry,
    MessageDate? Issued,
    string? IssuingState,
    string? Mrz = null);
