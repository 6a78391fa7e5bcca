namespace Gateway.Adapters.Contrl;

/// <summary>
/// A syntax and service report (CONTRL, ISO 9735): what the receiver of an interchange says about it, level by level.
/// UCI answers the interchange; UCF a functional group; UCM a message; UCS/UCD point at a segment and element inside it.
/// </summary>
/// <param name="SyntaxVersion">The syntax version of the interchange answered, <c>4</c> or <c>3</c>; it selects the CONTRL version (S009 <c>4:1</c> or <c>2:2</c>).</param>
/// <param name="Interchange">UCI: the interchange answered and what became of it.</param>
/// <param name="Messages">SG1 UCM: bare messages (not in a group) reported on.</param>
/// <param name="Groups">SG3 UCF: functional groups reported on, with their messages.</param>
public sealed record ContrlReport(string SyntaxVersion, InterchangeResponse Interchange, ValueList<MessageResponse> Messages, ValueList<GroupResponse> Groups)
{
    /// <summary>Whether the interchange, or any group or message in it, was rejected.</summary>
    public bool AnyRejected =>
        Interchange.Action == ContrlActions.Rejected
        || Messages.Any(m => m.Action == ContrlActions.Rejected)
        || Groups.Any(g => g.Action == ContrlActions.Rejected || g.Messages.Any(m => m.Action == ContrlActions.Rejected));
}

/// <summary>ISO 9735 action codes (0083).</summary>
public static class ContrlActions
{
    /// <summary>This level and all lower levels rejected.</summary>
    public const string Rejected = "4";
    /// <summary>This level acknowledged; lower levels acknowledged unless explicitly rejected.</summary>
    public const string Acknowledged = "7";
    /// <summary>Interchange received (no check of content reported).</summary>
    public const string Received = "8";
}
