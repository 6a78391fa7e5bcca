namespace Gateway.Schemas.Responses;

/// <summary>
/// An interactive API response (CUSRES): the authority's answer to a PAXLST (BGM 962), its unsolicited change of
/// mind (BGM 132), or the carrier's acknowledgement of either (BGM 312). One entry per passenger, or a heading-level
/// entry for the whole message.
/// </summary>
/// <param name="Header">Envelope facts and references.</param>
/// <param name="DocumentCode">BGM 1001 as sent: <c>962</c>, <c>132</c>, <c>312</c>.</param>
/// <param name="TransactionReference">RFF+TN: the transaction reference of the PAXLST answered.</param>
/// <param name="Flights">RFF+AF groups with their dates and ports.</param>
/// <param name="Entries">SG4 ERP groups in message order.</param>
/// <param name="FreeTexts">Message-level FTX (before the reference groups).</param>
/// <param name="OtherReferences">SG3 references other than TN and AF, kept as sent.</param>
public sealed record BoardingResponse(
    ResponseHeader Header,
    string DocumentCode,
    string? TransactionReference,
    ValueList<ResponseFlight> Flights,
    ValueList<ResponseEntry> Entries,
    ValueList<FreeText> FreeTexts,
    ValueList<ResponseReference> OtherReferences)
{
    /// <summary>What the message is, from its BGM code.</summary>
    public ResponseKind Kind => DocumentCode switch
    {
        ResponseDocumentCodes.Response => ResponseKind.Response,
        ResponseDocumentCodes.StatusChange => ResponseKind.StatusChange,
        ResponseDocumentCodes.Acknowledgement => ResponseKind.Acknowledgement,
        _ => ResponseKind.Other,
    };

    /// <summary>Passenger-level entries (ERP+2).</summary>
    public IEnumerable<ResponseEntry> Passengers => Entries.Where(e => e.Level == ResponseLevel.Passenger);

    /// <summary>The heading-level (ERP+1) status, when the message carries one: e.g. 118 rejecting the whole message.</summary>
    public ResponseStatus? MessageStatus => Entries.FirstOrDefault(e => e.Level == ResponseLevel.Message)?.Status;
}

/// <summary>The kind of a CUSRES message in the interactive API exchange.</summary>
public enum ResponseKind
{
    /// <summary>A BGM code not used in API.</summary>
    Other,
    /// <summary>BGM 962: the answer to a PAXLST request.</summary>
    Response,
    /// <summary>BGM 132: an unsolicited status change pushed by the authority.</summary>
    StatusChange,
    /// <summary>BGM 312: the carrier's acknowledgement of a response or status change.</summary>
    Acknowledgement,
}

/// <summary>BGM 1001 codes of CUSRES in API.</summary>
public static class ResponseDocumentCodes
{
    /// <summary>Document response (Customs): answer to a PAXLST.</summary>
    public const string Response = "962";
    /// <summary>Customs clearance notice: unsolicited status change.</summary>
    public const string StatusChange = "132";
    /// <summary>Acknowledgement message.</summary>
    public const string Acknowledgement = "312";
}
