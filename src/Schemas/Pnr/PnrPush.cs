using Gateway.Schemas.Manifests;

namespace Gateway.Schemas.Pnr;

/// <summary>
/// One PNRGOV push: the flight the carrier pushes PNR data for, and every PNR in it. A push split over several
/// UNH parts (<c>01:C</c> … <c>nn:F</c>) is assembled into one push.
/// </summary>
/// <param name="Header">Envelope facts: sender, recipient, version (e.g. <c>13:1</c>), common access reference, parts.</param>
/// <param name="MessageFunction">Level-0 MSG C302 1225: <c>22</c> full push, <c>141</c> update push (changed PNRs only).</param>
/// <param name="Originator">Level-0 ORG: the airline or system that pushes.</param>
/// <param name="Flight">Level-0 TVL: the flight pushed, with local dates and times.</param>
/// <param name="DeclaredPnrCount">Level-0 EQN: the number of PNRs the sender says the whole push holds.</param>
/// <param name="Pnrs">Gr1: one per SRC, in message order.</param>
public sealed record PnrPush(
    ListHeader Header,
    string? MessageFunction,
    PnrOrganisation? Originator,
    ItineraryLeg Flight,
    int? DeclaredPnrCount,
    ValueList<Pnr> Pnrs)
{
    /// <summary>An update push (MSG 141): PNRs not included are unchanged, not removed.</summary>
    public bool IsUpdate => MessageFunction == PushFunctions.Update;
}

/// <summary>MSG 1225 codes at level 0.</summary>
public static class PushFunctions
{
    /// <summary>Full push: every active PNR on the flight.</summary>
    public const string Full = "22";
    /// <summary>Update push: PNRs added, changed or cancelled since the previous push.</summary>
    public const string Update = "141";
}
