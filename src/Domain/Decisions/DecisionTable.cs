using Gateway.Schemas.Reports;
using Gateway.Screening.Model;
using Gateway.Screening.Scoring;

namespace Gateway.Domain.Decisions;

/// <summary>
/// The decision table of docs/DECISIONS.md as one source: what a hit on each kind of list means in each direction, the
/// ground each reason rests on and the carrier's duty it calls on, as ../shared/docs/LAW.md sets them out. The boarding
/// policy, the landing policy and the officer review all build their reasons here, so a list kind is never cited two ways.
/// </summary>
public static class DecisionTable
{
    /// <summary>The carrier's duty behind every do-not-board, advisory and landing refusal: keep people without a valid
    /// passport and a required visa from boarding, and people without entry or landing permission from landing.</summary>
    public const string CarrierDuty = "Act 73";

    /// <summary>The carrier's duty behind 4Z: supplement an incomplete report without delay.</summary>
    public const string SupplementDuty = "Decree 87(4)";

    /// <summary>Entry ban or refusal for foreigners.</summary>
    public const string EntryBanGround = "Act 11";

    /// <summary>Departure ban for nationals.</summary>
    public const string DepartureBanGround = "Act 4";

    /// <summary>Departure suspension for foreigners.</summary>
    public const string DepartureSuspensionGround = "Act 29";

    /// <summary>A foreigner needs a passport and a visa.</summary>
    public const string VisaGround = "Act 7";

    /// <summary>No one boards without a valid travel document: the carrier's duty is itself the ground.</summary>
    public const string DocumentGround = "Act 73";

    /// <summary>Whether a list of this kind bars travel in this direction. Sanctions and wanted lists always apply: an
    /// officer decides what follows.</summary>
    public static bool Applies(ListKind kind, TravelDirection direction) => kind switch
    {
        ListKind.EntryBan => direction == TravelDirection.Arrival,
        ListKind.DepartureBan => direction == TravelDirection.Departure,
        _ => true,
    };

    /// <summary>Whether an officer decides a hit of this kind in any band (the hit alone never refuses).</summary>
    public static bool OfficerDecides(ListKind kind) => kind is ListKind.Sanctions or ListKind.Wanted;

    /// <summary>The boarding code a hit leads to on its own: 1Z, 2Z, or null when it has no consequence (a band below
    /// review, or a list that does not apply in this direction).</summary>
    public static string? Code(ListKind kind, Band band, TravelDirection direction)
    {
        if (band is not (Band.Hold or Band.Review) || !Applies(kind, direction)) return null;
        return band == Band.Hold && !OfficerDecides(kind) ? BoardingCodes.DoNotBoard : BoardingCodes.Advisory;
    }

    /// <summary>The article a hit on a list of this kind rests on: the entry ban (Act 11) arriving, the departure ban
    /// (Act 4, nationals) or suspension (Act 29, foreigners) leaving, and the document itself (Act 73) for a lost or
    /// stolen document.</summary>
    public static string Ground(ListKind kind, TravelDirection direction, string? nationality) => kind switch
    {
        ListKind.EntryBan => EntryBanGround,
        ListKind.DepartureBan => Leaving(nationality),
        ListKind.LostStolen => DocumentGround,
        _ => direction == TravelDirection.Departure ? Leaving(nationality) : EntryBanGround,
    };

    /// <summary>The reason of a hit as screened.</summary>
    public static DecisionReason HitReason(Hit hit, TravelDirection direction, string? nationality) =>
        new("HIT-" + hit.Kind.Code().ToUpperInvariant(), Ground(hit.Kind, direction, nationality), Describe(hit), hit.List, hit.Reference, hit.Score, CarrierDuty);

    /// <summary>The reason of a hit an officer confirmed.</summary>
    public static DecisionReason ConfirmedReason(ListKind kind, string list, string reference, double score, TravelDirection direction, string? nationality) =>
        new("HIT-CONFIRMED", Ground(kind, direction, nationality), $"an officer confirmed the {kind.Code()} hit on list {list}", list, reference, score, CarrierDuty);

    /// <summary>The reason of a document finding that bars travel (expired, not yet valid, missing).</summary>
    public static DecisionReason DocumentReason(Finding finding) =>
        new("DOC-NOT-VALID", finding.Article, finding.Message, Reference: finding.Code, Duty: CarrierDuty);

    /// <summary>The reason of an error finding on the traveller's Decree 87(2) data.</summary>
    public static DecisionReason DataReason(Finding finding) =>
        new("DATA-INSUFFICIENT", finding.Article, finding.Message, Reference: finding.Code, Duty: SupplementDuty);

    /// <summary>The reason of a foreigner of a visa-requiring nationality arriving without a visa.</summary>
    public static DecisionReason VisaReason(string nationality) =>
        new("VISA-MISSING", VisaGround, $"a national of {nationality} needs a visa (travel document type V) to enter Korea", Duty: CarrierDuty);

    /// <summary>Whether a finding is a document that bars travel on the travel date.</summary>
    public static bool BarsTravel(Finding finding) => finding.Code is "A73-DOC-EXPIRED" or "A73-DOC-NOT-YET-VALID";

    private static string Leaving(string? nationality) => nationality == "KOR" ? DepartureBanGround : DepartureSuspensionGround;

    private static string Describe(Hit hit) =>
        $"{hit.Band.ToString().ToLowerInvariant()}-band match ({hit.Score:0.00}) on {hit.Kind.Code()} list {hit.List}, entry {hit.Reference}";
}
