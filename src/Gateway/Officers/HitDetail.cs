using Gateway.Screening.Model;
using Gateway.Screening.Scoring;

namespace Gateway.Officers;

/// <summary>
/// A hit as the officer reviews it (<c>GET /api/v1/hits/{id}</c>): why it fired, the list entry it matched, the traveller's
/// data as the carrier sent it, where it came from (report, traveller index, submission: the exact message), and every review.
/// </summary>
public sealed record HitDetail(
    string Id, string Carrier, string ReportId, int TravellerIndex, string FlightKey, string? SubmissionId,
    string List, string Kind, string Reference, double Score, string Band, string Consequence, Explanation Explanation,
    HitTraveller Traveller, HitListEntry? Entry, string Status, bool FourEyes, ValueList<HitReview> Reviews,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, HitLinks? Links = null);

/// <summary>The traveller's data the hit was made on.</summary>
public sealed record HitTraveller(string Surname, ValueList<string> GivenNames, string? BirthDate, string? Sex, string? Nationality,
    ValueList<HitDocument> Documents, string? PnrLocator, string? PassengerReference);

/// <summary>A travel document of the traveller or the list entry.</summary>
public sealed record HitDocument(string? Type, string Number, string? IssuingState, string? Expiry);

/// <summary>The matched list entry as it was when the hit was made.</summary>
public sealed record HitListEntry(string Reference, ValueList<string> Names, ValueList<string> BirthDates, string? Sex,
    ValueList<string> Nationalities, ValueList<HitDocument> Documents, string? ListedOn, string? Remarks);

/// <summary>One officer's review: who (id and personal identification number, Decree 85(2)), what, why, when.</summary>
public sealed record HitReview(string Officer, string Pin, string Decision, string? Note, DateTimeOffset At, string Outcome);

/// <summary>Where to look next.</summary>
public sealed record HitLinks(string Self, string Report, string Message, string Review);

/// <summary>A line of the hit queue.</summary>
public sealed record HitSummary(string Id, string FlightKey, string List, string Kind, string Band, double Score, string Status,
    string Surname, string GivenNames, string? BirthDate, string? Nationality, string MatchedName, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>The summary of a detail.</summary>
    public static HitSummary Of(HitDetail d) => new(d.Id, d.FlightKey, d.List, d.Kind, d.Band, d.Score, d.Status, d.Traveller.Surname,
        string.Join(' ', d.Traveller.GivenNames), d.Traveller.BirthDate, d.Traveller.Nationality, d.Explanation.MatchedName, d.CreatedAt, d.UpdatedAt);
}

/// <summary>A page of the queue.</summary>
public sealed record HitPage(long Total, int Offset, int Limit, ValueList<HitSummary> Hits);

/// <summary>The body of <c>POST /api/v1/hits/{id}/review</c>.</summary>
/// <param name="Decision"><c>confirm</c> or <c>dismiss</c>.</param>
/// <param name="Note">Why (required for a dismissal of a hold-band hit is not enforced; recommended always).</param>
public sealed record ReviewRequest(string? Decision, string? Note);

/// <summary>A stream ticket.</summary>
public sealed record StreamTicket(string Ticket, DateTimeOffset Expires);

/// <summary>The statuses of a hit.</summary>
public static class HitStatuses
{
    /// <summary>Waiting for an officer.</summary>
    public const string Open = "open";
    /// <summary>Four eyes: one officer decided, a second different officer must agree.</summary>
    public const string AwaitingSecond = "awaiting-second";
    /// <summary>A true match: the traveller is do-not-board.</summary>
    public const string Confirmed = "confirmed";
    /// <summary>A false match: the hit no longer counts against the traveller.</summary>
    public const string Dismissed = "dismissed";

    /// <summary>The band's word.</summary>
    public static string Band(Band band) => band.ToString().ToLowerInvariant();

    /// <summary>The consequence's word.</summary>
    public static string Consequence(HitConsequence c) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(c.ToString());
}
