namespace Gateway.Adapters.Contrl;

/// <summary>UCI: the interchange answered (its reference, sender and recipient as received) and the action taken.</summary>
/// <param name="Reference">0020 of the interchange answered.</param>
/// <param name="Sender">S002 of the interchange answered.</param>
/// <param name="Recipient">S003 of the interchange answered.</param>
/// <param name="Action">0083, see <see cref="ContrlActions"/>.</param>
/// <param name="ErrorCode">0085 syntax error code, for an error in UNA/UNB/UNZ or outside any message.</param>
/// <param name="Tag">0135 service segment tag in error (UNB, UNZ, UNA).</param>
/// <param name="Position">S011 element/component in that service segment.</param>
public sealed record InterchangeResponse(string Reference, PartyId Sender, PartyId Recipient, string Action,
    string? ErrorCode = null, string? Tag = null, ErrorPosition? Position = null);

/// <summary>UCF: one functional group answered.</summary>
/// <param name="Reference">0048 of the group.</param>
/// <param name="ApplicationSender">S006 of the group.</param>
/// <param name="ApplicationRecipient">S007 of the group.</param>
/// <param name="Action">0083.</param>
/// <param name="ErrorCode">0085 for an error in UNG or UNE.</param>
/// <param name="Tag">0135: UNG or UNE.</param>
/// <param name="Position">S011 in that segment.</param>
/// <param name="Messages">SG4 UCM: messages of the group reported on.</param>
public sealed record GroupResponse(string Reference, PartyId? ApplicationSender, PartyId? ApplicationRecipient, string Action,
    string? ErrorCode, string? Tag, ErrorPosition? Position, ValueList<MessageResponse> Messages);

/// <summary>UCM: one message answered.</summary>
/// <param name="Reference">0062 of the message.</param>
/// <param name="Identifier">S009 of the message.</param>
/// <param name="Action">0083.</param>
/// <param name="ErrorCode">0085 for an error in UNH or UNT.</param>
/// <param name="Tag">0135: UNH or UNT.</param>
/// <param name="Position">S011 in that segment.</param>
/// <param name="Segments">SG2 UCS: body segments in error.</param>
public sealed record MessageResponse(string Reference, MessageIdentifier Identifier, string Action,
    string? ErrorCode, string? Tag, ErrorPosition? Position, ValueList<SegmentResponse> Segments);

/// <summary>UCS: a segment of the message body in error.</summary>
/// <param name="Position">0096: position of the segment in the message, UNH being 1.</param>
/// <param name="ErrorCode">0085 for the segment as a whole (e.g. unrecognised or misplaced).</param>
/// <param name="Elements">UCD: elements in error inside it.</param>
public sealed record SegmentResponse(int Position, string? ErrorCode, ValueList<ElementResponse> Elements);

/// <summary>UCD: a data element (or component) in error.</summary>
/// <param name="ErrorCode">0085.</param>
/// <param name="Position">S011: element, component and repetition.</param>
public sealed record ElementResponse(string ErrorCode, ErrorPosition Position);
