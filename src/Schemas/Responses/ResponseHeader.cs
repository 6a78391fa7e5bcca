namespace Gateway.Schemas.Responses;

/// <summary>The envelope facts of a response message: who sent it to whom, and its references.</summary>
/// <param name="Sender">UNB S002 0004 interchange sender.</param>
/// <param name="Recipient">UNB S003 0010 interchange recipient.</param>
/// <param name="InterchangeReference">UNB 0020.</param>
/// <param name="MessageReference">UNH 0062.</param>
/// <param name="Version">UNH S009 0052:0054, e.g. <c>D:05B</c>; null lets the writer use its configured version.</param>
/// <param name="CommonAccessReference">UNH 0068 (China profile: the PAXLST's interchange reference).</param>
/// <param name="Test">UNB 0035 test indicator.</param>
public sealed record ResponseHeader(
    string? Sender,
    string? Recipient,
    string? InterchangeReference,
    string MessageReference,
    string? Version,
    string? CommonAccessReference,
    bool Test);
