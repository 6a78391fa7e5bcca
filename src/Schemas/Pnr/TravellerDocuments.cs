namespace Gateway.Schemas.Pnr;

/// <summary>
/// A travel document from an SSR DOCS (AIRIMP free text
/// <c>/type/issuer/number/nationality/DDMMMYY birth/gender/DDMMMYY expiry/surname/given/middle</c>). Fields are as sent;
/// the free text is kept so nothing is lost when a carrier deviates from the layout.
/// </summary>
/// <param name="Type">Document type: P passport, I identity card, A, C…</param>
/// <param name="IssuingState">Issuing State or organisation.</param>
/// <param name="Number">Document number.</param>
/// <param name="Nationality">Nationality of the holder.</param>
/// <param name="BirthDate">Date of birth, format <see cref="PnrDateFormats.Ddmmmyy"/>.</param>
/// <param name="Gender">M, F, U, X, or MI/FI for an infant.</param>
/// <param name="Expiry">Expiry date, format <see cref="PnrDateFormats.Ddmmmyy"/>.</param>
/// <param name="Surname">Surname as in the document.</param>
/// <param name="GivenName">First given name.</param>
/// <param name="MiddleName">Second given name.</param>
/// <param name="TravellerReference">The traveller reference the SSR carried, if any.</param>
/// <param name="Source">Where the SSR was: <c>TIF</c> traveller group, <c>PNR</c> PNR level, <c>TVL</c> itinerary leg.</param>
/// <param name="FreeText">The SSR free text as sent.</param>
public sealed record PnrDocument(
    string? Type,
    string? IssuingState,
    string? Number,
    string? Nationality,
    MessageDate? BirthDate,
    string? Gender,
    MessageDate? Expiry,
    string? Surname,
    string? GivenName,
    string? MiddleName,
    string? TravellerReference,
    string Source,
    string FreeText)
{
    /// <summary>The document belongs to an infant (gender MI or FI).</summary>
    public bool IsInfant => Gender is "MI" or "FI";
}

/// <summary>Where a document SSR was found.</summary>
public static class DocumentSources
{
    /// <summary>In the traveller's own group (Gr2).</summary>
    public const string Traveller = "TIF";
    /// <summary>At PNR level (Gr1).</summary>
    public const string Pnr = "PNR";
    /// <summary>In an itinerary leg (Gr5).</summary>
    public const string Leg = "TVL";
}

/// <summary>
/// A visa or other document from an SSR DOCO (<c>/place of birth/type/number/place of issue/DDMMMYY issue/applicable State</c>).
/// </summary>
public sealed record PnrVisa(
    string? PlaceOfBirth,
    string? Type,
    string? Number,
    string? PlaceOfIssue,
    MessageDate? IssueDate,
    string? ApplicableState,
    string? TravellerReference,
    string Source,
    string FreeText);

/// <summary>An address from an SSR DOCA (<c>/type D destination or R residence/country/street/city/state/postcode</c>).</summary>
public sealed record PnrDocumentAddress(
    string? Type,
    string? Country,
    string? Street,
    string? City,
    string? Region,
    string? PostalCode,
    string? TravellerReference,
    string Source,
    string FreeText);

/// <summary>A phone number or e-mail address found in a PNR.</summary>
/// <param name="Kind">CTC letter: <c>E</c> e-mail, <c>M</c> mobile, <c>H</c> home, <c>B</c> business…; <c>A</c> for an ADD telephone field.</param>
/// <param name="Value">The number, or the e-mail with the AIRIMP escapes decoded (<c>//</c> → <c>@</c>, <c>..</c> → <c>_</c>, <c>./</c> → <c>-</c>).</param>
/// <param name="Source">The segment it came from (IFT, SSR, ADD).</param>
public sealed record PnrContact(string Kind, string Value, string Source);
