namespace Gateway.Schemas.Pnr;

/// <summary>RCI C330: a record locator, the system or carrier that holds it, and when the PNR was created.</summary>
/// <param name="Carrier">Airline or CRS code (1A, 1S, TZ…).</param>
/// <param name="Locator">Reservation control number.</param>
/// <param name="Type">Reservation control type (<c>C</c> DCS reference…).</param>
/// <param name="Created">Creation date (DDMMYY) and time, as sent.</param>
public sealed record RecordLocator(string? Carrier, string? Locator, string? Type, PnrDateTime? Created);

/// <summary>
/// SSR: a special service request. C334: code, status, quantity, carrier, board and off points, free text; then one
/// detail per traveller or seat (C332).
/// </summary>
public sealed record SpecialService(
    string? Code,
    string? Status,
    string? Quantity,
    string? Carrier,
    string? BoardPoint,
    string? OffPoint,
    string? FreeText,
    ValueList<SsrDetail> Details);

/// <summary>SSR C332: seat or other value, its characteristic, and the traveller reference it applies to.</summary>
public sealed record SsrDetail(string? Value, string? Characteristic, string? TravellerReference);

/// <summary>IFT: free text with its qualifiers (<c>4:28</c> OSI, <c>4:15</c> fare calculation, <c>4:43</c> sponsor…).</summary>
public sealed record FreeText(string? Qualifier, string? Type, string? Indicator, string? Carrier, ValueList<string> Lines);

/// <summary>
/// ORG: an originator (the pushing system at level 0, the booking agent at PNR level, the check-in agent in Gr6).
/// </summary>
public sealed record PnrOrganisation(
    string? Company,
    string? Location,
    string? AgentId,
    string? AgentOffice,
    string? AgentLocation,
    string? SystemCompany,
    string? SystemLocation,
    string? OriginatorType,
    string? Country,
    string? Currency,
    string? Language,
    string? AgentSign)
{
    /// <summary>An ORG with no data (<c>ORG'</c>): a cancelled PNR in an update push.</summary>
    public bool IsEmpty => Company is null && Location is null && AgentId is null && AgentOffice is null && AgentLocation is null
                           && SystemCompany is null && SystemLocation is null && OriginatorType is null && Country is null
                           && Currency is null && Language is null && AgentSign is null;

    /// <summary>The empty ORG.</summary>
    public static PnrOrganisation Empty { get; } = new(null, null, null, null, null, null, null, null, null, null, null, null);
}

/// <summary>ADD C817: an address with its purpose code (700, 702…) and free telephone or text field.</summary>
public sealed record PnrAddress(
    string? Purpose,
    string? Street,
    string? City,
    string? Region,
    string? RegionName,
    string? Country,
    string? PostalCode,
    string? Text);

/// <summary>A PNRGOV date and time as sent: date DDMMYY (<see cref="PnrDateFormats.Ddmmyy"/>) and time HHMM, either may be missing.</summary>
public sealed record PnrDateTime(MessageDate? Date, string? Time);

/// <summary>DAT: a date qualifier (700 last transaction, 710 ticket issue, 2 check-in, T history…) with its date and time.</summary>
public sealed record QualifiedPnrDate(string? Qualifier, PnrDateTime? Value);

/// <summary>A segment kept as sent, for data the record does not break down (FAR, PTK, EBD, history, non-air).</summary>
/// <param name="Tag">Segment tag.</param>
/// <param name="Elements">Data elements, each a list of components (unescaped).</param>
public sealed record PnrSegment(string Tag, ValueList<ValueList<string>> Elements)
{
    /// <summary>The component value at a 1-based element and 0-based component, or null when absent or empty.</summary>
    public string? Value(int element, int component = 0) =>
        element >= 1 && element <= Elements.Count && component < Elements[element - 1].Count && Elements[element - 1][component].Length > 0
            ? Elements[element - 1][component]
            : null;

    /// <inheritdoc />
    public override string ToString() => Tag + "+" + string.Join('+', Elements.Select(e => string.Join(':', e)));
}
