namespace Gateway.Schemas.Pnr;

/// <summary>
/// Gr2: one traveller of a PNR. <see cref="Services"/>, <see cref="Texts"/> and <see cref="FrequentFlyers"/> are the
/// segments as sent in the traveller's group; documents, visas, document addresses and contacts are read out of the
/// SSRs and texts, including SSRs elsewhere in the PNR that reference this traveller.
/// </summary>
/// <param name="Name">TIF: surname, given name, passenger type, reference number.</param>
/// <param name="UniqueId">REF: the carrier's unique passenger reference.</param>
/// <param name="FrequentFlyers">FTI.</param>
/// <param name="Texts">IFT in the traveller group.</param>
/// <param name="FaresAndBaggage">FAR and EBD segments of the traveller, as sent.</param>
/// <param name="Services">SSRs in the traveller group, as sent (DOCS, DOCO, DOCA, FQTV, CTCx, meals…).</param>
/// <param name="Addresses">ADD in the traveller group.</param>
/// <param name="Tickets">Gr3: tickets.</param>
/// <param name="Documents">SSR DOCS read out (passport and other travel documents).</param>
/// <param name="Visas">SSR DOCO read out (visas and other documents).</param>
/// <param name="DocumentAddresses">SSR DOCA read out (residence and destination addresses).</param>
/// <param name="Contacts">Phones and e-mails from SSR CTCx, IFT CTCx and ADD.</param>
public sealed record PnrTraveller(
    TravellerName Name,
    string? UniqueId,
    ValueList<FrequentFlyer> FrequentFlyers,
    ValueList<FreeText> Texts,
    ValueList<PnrSegment> FaresAndBaggage,
    ValueList<SpecialService> Services,
    ValueList<PnrAddress> Addresses,
    ValueList<Ticket> Tickets,
    ValueList<PnrDocument> Documents,
    ValueList<PnrVisa> Visas,
    ValueList<PnrDocumentAddress> DocumentAddresses,
    ValueList<PnrContact> Contacts)
{
    /// <summary>An infant (passenger type IN, or an infant gender in DOCS).</summary>
    public bool IsInfant => Name.PassengerType == PassengerTypes.Infant;
}

/// <summary>
/// TIF: a traveller's name as booked (not necessarily as in the passport: titles such as <c>MR</c> are often appended).
/// </summary>
/// <param name="Surname">C322 9936.</param>
/// <param name="SurnameQualifier">C322 9939 (e.g. <c>I</c> individual).</param>
/// <param name="GivenName">C324 9942.</param>
/// <param name="PassengerType">C324 6353: <c>A</c> adult, <c>C</c> child, <c>IN</c> infant…</param>
/// <param name="ReferenceNumber">C324 9944: the number SSRs and TRI use to refer to this traveller.</param>
/// <param name="InfantIndicator">C324 third component: set on an adult accompanied by an infant.</param>
public sealed record TravellerName(
    string Surname,
    string? SurnameQualifier,
    string? GivenName,
    string? PassengerType,
    string? ReferenceNumber,
    string? InfantIndicator);

/// <summary>TIF 6353 passenger types.</summary>
public static class PassengerTypes
{
    /// <summary>Adult.</summary>
    public const string Adult = "A";
    /// <summary>Child.</summary>
    public const string Child = "C";
    /// <summary>Infant without a seat.</summary>
    public const string Infant = "IN";
}

/// <summary>A frequent flyer number (FTI, or SSR FQTV).</summary>
/// <param name="Carrier">Airline of the programme.</param>
/// <param name="Number">Membership number.</param>
/// <param name="Tier">Tier or status, when given.</param>
public sealed record FrequentFlyer(string? Carrier, string? Number, string? Tier);
