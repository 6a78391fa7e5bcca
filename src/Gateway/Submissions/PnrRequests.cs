using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.Pipeline;
using Gateway.Domain.Decisions;
using Gateway.Json;
using Gateway.Schemas.Reports;
using Gateway.Domain.Validation;

namespace Gateway.Submissions;

/// <summary>
/// Officers' PNR requests as stored (document kind <c>pnr-request</c>) and as shown at a given instant: the stored status
/// is <c>open</c> until a push answers it; an open request past its Decree 85(3) deadline shows as <c>overdue</c> with its
/// finding, and one answered late carries the late finding. Both cite the article.
/// </summary>
public static class PnrRequests
{
    /// <summary>The store's document kind of a request.</summary>
    public const string Kind = "pnr-request";

    /// <summary>The store's document kind marking that the carrier's feed got the overdue notice of a request (same id).</summary>
    public const string OverdueNoticeKind = "pnr-overdue";

    /// <summary>Status of a request no push has answered yet.</summary>
    public const string Open = "open";

    /// <summary>Status shown for an open request past its deadline.</summary>
    public const string Overdue = "overdue";

    /// <summary>Status of a request a push answered.</summary>
    public const string Answered = "answered";

    /// <summary>How many of the newest requests a listing or the overdue check looks at.</summary>
    public const int Window = 1000;

    /// <summary>A stored request.</summary>
    public static PnrRequestView Read(DocumentRecord doc) => JsonSerializer.Deserialize(doc.Json, GatewayJsonContext.Default.PnrRequestView)!;

    /// <summary>The request's Decree 85(3) deadline (for named passengers it runs from the departure, 30 minutes after the deadline).</summary>
    public static PnrDeadline Deadline(PnrRequestView request) => request.Kind == "named"
        ? new PnrDeadline(PnrRequestKind.NamedPassengers, request.Deadline + PnrDeadline.Window, request.Deadline, request.Article)
        : new PnrDeadline(PnrRequestKind.ElectronicTransfer, request.Requested, request.Deadline, request.Article);

    /// <summary>The request as it stands at <paramref name="now"/>: an open one past its deadline is overdue, with the finding.</summary>
    public static PnrRequestView AsOf(PnrRequestView request, DateTimeOffset now) =>
        request.Status == Open && Deadline(request).Overdue(now) is { } overdue
            ? request with { Status = Overdue, Findings = ValueList.Of(overdue) }
            : request with { Findings = request.Findings ?? ValueList<Finding>.Empty };

    /// <summary>Whether a push can still answer the request (open, overdue or not).</summary>
    public static bool IsOpen(PnrRequestView request) => request.Status == Open;

    /// <summary>The request answered by <paramref name="pushId"/> at <paramref name="at"/>, with the late finding if it missed the deadline.</summary>
    public static PnrRequestView Answer(PnrRequestView request, string pushId, DateTimeOffset at)
    {
        var late = Deadline(request).Judge(at);
        return request with
        {
            Status = Answered, AnsweredAt = at, MetDeadline = late is null, PushId = pushId,
            Findings = late is null ? ValueList<Finding>.Empty : ValueList.Of(late),
        };
    }

    /// <summary>The feed entry telling the carrier a request is overdue (JSON only: there is no CUSRES for it).</summary>
    public static UpdateRecord OverdueUpdate(PnrRequestView overdue, DateTimeOffset at)
    {
        var finding = overdue.Findings![0];
        var update = new StatusUpdate(0, "", overdue.FlightKey, -1, "", null, null, finding.Code, finding.Message,
            ValueList.Of(new DecisionReason(finding.Code, finding.Article, finding.Message, Reference: overdue.Id)), at, null,
            StatusUpdate.PnrOverdueType, overdue);
        return new UpdateRecord(0, overdue.Carrier, at, JsonSerializer.Serialize(update, GatewayJsonContext.Default.StatusUpdate), null);
    }
}
