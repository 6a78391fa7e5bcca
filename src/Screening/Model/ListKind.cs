namespace Gateway.Screening.Model;

/// The kind of a watch list decides what a hit on it means for the boarding or landing decision.
public enum ListKind
{
    EntryBan,
    DepartureBan,
    Wanted,
    Sanctions,
    LostStolen,
}

/// What a confirmed hit leads to.
public enum HitConsequence
{
    /// Inbound do-not-board (Immigration Act 11).
    InboundDoNotBoard,
    /// Outbound do-not-board for nationals leaving (Act 4).
    OutboundDoNotBoard,
    /// An officer reviews the hit before any decision.
    OfficerReview,
    /// The document is not valid for travel; the traveller is held at the counter.
    DocumentInvalid,
}

public static class ListKinds
{
    public static HitConsequence Consequence(this ListKind kind) => kind switch
    {
        ListKind.EntryBan => HitConsequence.InboundDoNotBoard,
        ListKind.DepartureBan => HitConsequence.OutboundDoNotBoard,
        ListKind.LostStolen => HitConsequence.DocumentInvalid,
        _ => HitConsequence.OfficerReview,
    };

    /// Lost or stolen document lists match on document number and issuing state only, never on names.
    public static bool MatchesNames(this ListKind kind) => kind != ListKind.LostStolen;

    public static string Code(this ListKind kind) => kind switch
    {
        ListKind.EntryBan => "entry-ban",
        ListKind.DepartureBan => "departure-ban",
        ListKind.Wanted => "wanted",
        ListKind.Sanctions => "sanctions",
        ListKind.LostStolen => "lost-stolen",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryParse(string code, out ListKind kind)
    {
        foreach (var k in Enum.GetValues<ListKind>())
        {
            if (string.Equals(k.Code(), code, StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }
        kind = default;
        return false;
    }
}
