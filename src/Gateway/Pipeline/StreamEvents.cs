using System.Security.Cryptography;
using System.Text;
using Avro.Specific;
using Gateway.Adapters.Events;
using Gateway.Adapters.Storage;
using Gateway.Domain.Decisions;
using Gateway.Screening.Model;
using Gateway.Screening.Scoring;
using Events = kr.go.immigration.gateway.events;

namespace Gateway.Pipeline;

/// <summary>
/// Adds the stream's events to a write batch, so that an event exists exactly when what it reports was committed (the
/// transactional outbox): the relay publishes committed rows only, and a committed row is published until acknowledged.
/// Each event goes to its own topic (<see cref="EventTopics"/>), keyed by flight key.
/// </summary>
public static partial class StreamEvents
{
    /// <summary>A submission as it arrived: the raw bytes, their hash and how they came.</summary>
    public static void SubmissionReceived(WriteBatch batch, Guid submissionId, string carrier, string? contentType, byte[] body,
        string flightKey, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(body);
        var sha = new Events.Sha256();
        SHA256.HashData(body).CopyTo(sha.Value, 0);
        bool json = contentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true;
        Add(batch, EventTopics.Submissions, flightKey, at, new Events.SubmissionReceived
        {
            eventId = Guid.NewGuid(), submissionId = submissionId, carrier = carrier,
            channel = json ? Events.Channel.HTTP_JSON : Events.Channel.HTTP_EDIFACT, contentType = contentType ?? "",
            receivedAt = at.UtcDateTime, sha256 = sha, body = body,
            traceParent = System.Diagnostics.Activity.Current?.Id,
        });
    }

    /// <summary>One traveller's screening result; each hit carries the id of its reviewable record (<see cref="NameUuid"/> of it).</summary>
    public static void TravellerScreened(WriteBatch batch, Guid submissionId, string flightKey, int index, IReadOnlyList<Hit> hits,
        IReadOnlyList<string> hitIds, DateTimeOffset at)
    {
        var found = new List<Events.Hit>(hits.Count);
        for (int i = 0; i < hits.Count; i++) found.Add(ToEvent(hits[i], hitIds[i]));
        Add(batch, EventTopics.Screenings, flightKey, at, new Events.TravellerScreened
        {
            eventId = Guid.NewGuid(), submissionId = submissionId, flightKey = flightKey, travellerIndex = index,
            screenedAt = at.UtcDateTime, listVersions = new Dictionary<string, string>(StringComparer.Ordinal), hits = found,
        });
    }

    /// <summary>A boarding decision for one traveller (<paramref name="officer"/> null when the gateway decided by itself).</summary>
    public static void BoardingDecided(WriteBatch batch, Guid submissionId, string flightKey, int index, BoardingDecision decision,
        string? officer, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var outcome = decision.Code switch
        {
            BoardingCodes.Board => Events.DecisionOutcome.OK_TO_BOARD,
            BoardingCodes.DoNotBoard => Events.DecisionOutcome.DO_NOT_BOARD,
            BoardingCodes.Advisory => Events.DecisionOutcome.ADVISORY,
            BoardingCodes.InsufficientData => Events.DecisionOutcome.INSUFFICIENT_DATA,
            _ => Events.DecisionOutcome.UNKNOWN,
        };
        Decided(batch, submissionId, flightKey, index, Events.DecisionKind.BOARDING, outcome, decision.Code, decision.Reasons, officer, at);
    }

    /// <summary>A landing decision (crew or tourist landing permit) for one person.</summary>
    public static void LandingDecided(WriteBatch batch, Guid submissionId, string flightKey, int index, LandingDecision decision, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var outcome = decision.Outcome switch
        {
            "granted" => Events.DecisionOutcome.LANDING_PERMITTED,
            "refused" => Events.DecisionOutcome.LANDING_REFUSED,
            "referred" => Events.DecisionOutcome.REFERRED,
            _ => Events.DecisionOutcome.UNKNOWN,
        };
        Decided(batch, submissionId, flightKey, index, Events.DecisionKind.LANDING, outcome, null, decision.Reasons, null, at);
    }

    /// <summary>An officer's review of a hit: <paramref name="outcome"/> is the review's outcome (confirmed, dismissed, first-of-two, disagreed).</summary>
    public static void HitReviewed(WriteBatch batch, string hitId, Guid submissionId, string flightKey, int index, string outcome, string officer,
        string? note, DateTimeOffset at)
    {
        var disposition = outcome switch
        {
            "confirmed" => Events.Disposition.CONFIRMED,
            "dismissed" => Events.Disposition.FALSE_POSITIVE,
            "disagreed" => Events.Disposition.ESCALATED,
            _ => Events.Disposition.PENDING,
        };
        Add(batch, EventTopics.Reviews, flightKey, at, new Events.HitReviewed
        {
            eventId = Guid.NewGuid(), hitId = NameUuid(hitId), submissionId = submissionId, flightKey = flightKey, travellerIndex = index,
            disposition = disposition, reviewer = officer, note = note, reviewedAt = at.UtcDateTime,
        });
    }

    /// <summary>
    /// A name-based uuid (SHA-256 of the id, version 8 per RFC 9562) for the gateway's own ids, which are not uuids:
    /// stable for one id, never colliding in practice. Events carry these where their schema asks for a uuid.
    /// </summary>
    public static Guid NameUuid(string id)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(id), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true);
    }

    private static void Decided(WriteBatch batch, Guid submissionId, string flightKey, int index, Events.DecisionKind kind,
        Events.DecisionOutcome outcome, string? code, IReadOnlyList<DecisionReason> reasons, string? officer, DateTimeOffset at)
    {
        var why = new List<Events.Reason>(reasons.Count);
        foreach (var r in reasons) why.Add(new Events.Reason { code = r.Code, article = r.Article, message = r.Text });
        Add(batch, EventTopics.Decisions, flightKey, at, new Events.DecisionIssued
        {
            eventId = Guid.NewGuid(), decisionId = Guid.NewGuid(), submissionId = submissionId, flightKey = flightKey,
            travellerIndex = index, kind = kind, outcome = outcome, responseCode = code, reasons = why, decidedBy = officer, issuedAt = at.UtcDateTime,
        });
    }

    private static Events.Hit ToEvent(Hit h, string hitId)
    {
        var why = h.Why;
        var features = new List<Events.MatchFeature>(why.Aligned.Count + why.Adjustments.Count + 1);
        foreach (var part in why.Aligned)
        {
            features.Add(new Events.MatchFeature
            {
                feature = (part.FamilyName ? "surname." : "given.") + part.How.ToString().ToLowerInvariant(),
                travellerValue = part.Query, entryValue = part.List, similarity = part.Similarity, weight = part.Weight,
            });
        }
        foreach (var a in why.Adjustments) features.Add(new Events.MatchFeature { feature = a.Reason, similarity = a.Delta, weight = 1 });
        if (why.Document is { } document) features.Add(new Events.MatchFeature { feature = "document", entryValue = document, similarity = 1, weight = 1 });
        bool birthDate = false;
        foreach (var a in why.Adjustments) birthDate |= a.Reason.Contains("birth", StringComparison.OrdinalIgnoreCase) && a.Delta > 0;
        var kind = why.Document is not null || !h.Kind.MatchesNames() ? Events.HitKind.DOCUMENT
            : birthDate ? Events.HitKind.NAME_AND_BIRTH_DATE : Events.HitKind.NAME;
        return new Events.Hit
        {
            hitId = NameUuid(hitId), listName = h.List, entryId = h.Reference, kind = kind, score = h.Score,
            matchedName = why.MatchedName, explanation = features,
        };
    }

    private static void Add<T>(WriteBatch batch, string topic, string key, DateTimeOffset at, T e) where T : class, ISpecificRecord, new() =>
        batch.Outbox.Add(new OutboxRecord(0, topic, key, EventCodec<T>.Instance.Encode(e), at));
}
