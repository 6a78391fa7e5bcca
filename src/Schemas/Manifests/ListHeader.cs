namespace Gateway.Schemas.Manifests;

/// <summary>
/// The envelope facts a list carries: interchange and message identity, multi-part status and the transaction
/// reference that responses echo. For the JSON channel only the fields the sender gave are set.
/// </summary>
/// <param name="Sender">UNB S002 interchange sender.</param>
/// <param name="Recipient">UNB S003 interchange recipient.</param>
/// <param name="InterchangeReference">UNB 0020.</param>
/// <param name="MessageReference">UNH 0062 (of the first part for a multi-part list).</param>
/// <param name="MessageType">UNH S009 0065, e.g. <c>PAXLST</c>.</param>
/// <param name="Version">Directory version and release, e.g. <c>D:05B</c>.</param>
/// <param name="CommonAccessReference">UNH 0068, usually flight/date/time.</param>
/// <param name="Parts">How many UNH parts were assembled into this list.</param>
/// <param name="TransactionReference">RFF+TN, echoed in CUSRES.</param>
/// <param name="Test">UNB 0035 test indicator set.</param>
public sealed record ListHeader(
    string? Sender,
    string? Recipient,
    string? InterchangeReference,
    string? MessageReference,
    string MessageType,
    string? Version,
    string? CommonAccessReference,
    int Parts,
    string? TransactionReference,
    bool Test);
