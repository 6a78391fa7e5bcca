namespace Gateway.Schemas.Manifests;

/// <summary>
/// A passenger or crew list (PAXLST, or the JSON channel's equivalent): one conveyance and the people on it.
/// This is the version-neutral record the readers produce and the rules judge.
/// </summary>
/// <param name="Header">Where the list came from: message identity, parts, transaction reference.</param>
/// <param name="DocumentCode">BGM 1001: <c>745</c> passenger list, <c>250</c> crew list, <c>266</c> flight status (interactive).</param>
/// <param name="DocumentFunction">BGM 1004, e.g. <c>CP</c> change, <c>XR</c> cancel, <c>CLOB</c> closed on board; null for a new list.</param>
/// <param name="ReportingParty">SG1: the party that sent the list and how to reach it.</param>
/// <param name="Conveyance">SG2/SG3: the vessel or aircraft and its legs.</param>
/// <param name="Travellers">SG4: every person listed, in message order.</param>
/// <param name="Totals">CNT: the totals the sender declared (not counted by us).</param>
public sealed record Manifest(
    ListHeader Header,
    string DocumentCode,
    string? DocumentFunction,
    ReportingParty? ReportingParty,
    Conveyance Conveyance,
    ValueList<Traveller> Travellers,
    DeclaredTotals Totals)
{
    /// <summary>Whether this is a crew list (BGM 250, or crew-only by role).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsCrewList => DocumentCode == DocumentCodes.CrewList;
}

/// <summary>BGM 1001 document codes used in API.</summary>
public static class DocumentCodes
{
    /// <summary>Passenger list (equivalent to IMO FAL 6).</summary>
    public const string PassengerList = "745";
    /// <summary>Crew list declaration (IMO FAL 5).</summary>
    public const string CrewList = "250";
    /// <summary>Flight status update (interactive API: close, cancel).</summary>
    public const string FlightStatus = "266";
    /// <summary>Master crew list (US).</summary>
    public const string MasterCrewList = "336";
}

/// <summary>CNT totals as declared: 42 passengers, 41 crew.</summary>
/// <param name="Passengers">CNT+42.</param>
/// <param name="Crew">CNT+41.</param>
public sealed record DeclaredTotals(int? Passengers, int? Crew)
{
    /// <summary>No totals given.</summary>
    public static DeclaredTotals None { get; } = new(null, null);
}

/// <summary>SG1 NAD+MS with its contacts.</summary>
/// <param name="Name">NAD C080 party name (or the C082 identification when no name is given).</param>
/// <param name="Contacts">COM numbers with their 3155 qualifier (TE, FX, EM).</param>
public sealed record ReportingParty(string Name, ValueList<Contact> Contacts);

/// <summary>A communication number with its qualifier (3155: TE, FX, EM).</summary>
public sealed record Contact(string Number, string Channel);
