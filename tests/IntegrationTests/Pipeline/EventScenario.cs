using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.IntegrationTests.Officers;
using Gateway.IntegrationTests.Service;
using Gateway.Pipeline;
using Events = kr.go.immigration.gateway.events;

namespace Gateway.IntegrationTests.Pipeline;

/// <summary>
/// One run through every route that produces an event (a list, a check, a notice, a PNR push, an officer's review),
/// and the check of each event type against what was sent: used on the outbox and on Kafka topics alike.
/// </summary>
internal static class EventScenario
{
    internal sealed record Sent(string ReportId, byte[] List, string Pnrgov, string HitId);

    internal const string Pnrgov = "UNA:+.?*'UNB+IATA:1+KE+KRIMMI+261122:0012+PNR01'UNH+1+PNRGOV:13:1:IA+KE0702/221126/1130'MSG+:22'ORG+KE:SEL'" +
        "TVL+221126:1130:221126:1400+NRT+ICN+KE+0702'EQN+1'SRC'RCI+KE:ABC123::201126:0900'TIF+KIM+MINJUN:A:1'" +
        "SSR+DOCS:HK::KE:::::/P/KOR/M12345678/KOR/03MAR90/M/01JAN31/KIM/MINJUN+::1'UNT+10+1'UNZ+1+PNR01'";

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    public static async Task<Sent> RunAsync(GatewayServer server)
    {
        using var carrier = server.Client();
        string list = ServiceTests.List("TX-EV",
            ServiceTests.Passenger("VOLKOV", "DMITRI", "1975-05-05", "RUS", "RU1234567", "2030-01-01", "RUS", "001"),
            ServiceTests.Passenger("KIM", "MINJUN", "1990-03-03", "KOR", "M12345678", "2031-01-01", "KOR", "002"));
        var filed = await carrier.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative), Json(list));
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        string reportId = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportId").GetString()!;
        var check = await carrier.PostAsync(new Uri("/api/v1/iapi", UriKind.Relative), Json(list.Replace("TX-EV", "TX-EV-2", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var notice = new JsonObject { ["direction"] = "arrival", ["port"] = "KRPUS", ["scheduled"] = "2026-11-23T14:00", ["journeyId"] = "V0425E" };
        Assert.Equal(HttpStatusCode.Created, (await carrier.PostAsync(new Uri("/api/v1/notices", UriKind.Relative), Json(notice.ToJsonString()))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await carrier.PostAsync(new Uri("/api/v1/pnr", UriKind.Relative), GatewayServer.Edifact(Pnrgov))).StatusCode);

        using var officer = server.Officer("lee", "PIN-1", "officer");
        // VOLKOV is hit twice: on the filed list and in the check (each files its own report); either review re-decides him.
        var hit = (await HitReviewTests.WaitForHits(officer, "status=open&list=entry-ban", 2)).GetProperty("hits")[0].GetProperty("id").GetString()!;
        var reviewed = await officer.PostAsync(new Uri($"/api/v1/hits/{hit}/review", UriKind.Relative), Json("""{"decision":"dismiss","note":"different person"}"""));
        Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
        return new Sent(reportId, Encoding.UTF8.GetBytes(list), Pnrgov, hit);
    }

    public static void Check(Sent sent, IEventSource events)
    {
        // The list, the check and the PNR push each arrived as a submission, with their bytes as received.
        var submissions = events.Read<Events.SubmissionReceived>(EventTopics.Submissions, 3);
        Assert.Equal(3, submissions.Count);
        var first = Assert.Single(submissions, s => s.Value.body.AsSpan().SequenceEqual(sent.List));
        Assert.Equal(SHA256.HashData(sent.List), first.Value.sha256.Value);
        Assert.Equal(("KE", Events.Channel.HTTP_JSON), (first.Value.carrier, first.Value.channel));
        Assert.Contains(submissions, s => s.Value.channel == Events.Channel.HTTP_EDIFACT && Encoding.UTF8.GetString(s.Value.body) == sent.Pnrgov);

        var report = Assert.Single(events.Read<Events.ReportAccepted>(EventTopics.Reports, 1));
        Assert.Equal((sent.ReportId, first.Value.submissionId, first.Key), (report.Value.reportId, report.Value.submissionId, report.Key));
        Assert.Equal(["VOLKOV", "KIM"], report.Value.travellers.Select(t => t.name.surname));

        // Two travellers screened and decided by the pipeline, two in the check; VOLKOV's entry-ban hit is in both.
        var screened = events.Read<Events.TravellerScreened>(EventTopics.Screenings, 4);
        Assert.Equal(4, screened.Count);
        Assert.Equal(2, screened.Count(s => s.Value.submissionId == first.Value.submissionId));
        var volkov = screened.Where(s => s.Value.travellerIndex == 0).ToList();
        Assert.All(volkov, s => Assert.Contains(s.Value.hits, h => h.listName == "entry-ban" && h.explanation.Count > 0));
        Assert.All(screened.Where(s => s.Value.travellerIndex == 1), s => Assert.Empty(s.Value.hits));

        var decisions = events.Read<Events.DecisionIssued>(EventTopics.Decisions, 5);
        Assert.Equal(2, decisions.Count(d => d.Value.outcome == Events.DecisionOutcome.DO_NOT_BOARD && d.Value.decidedBy is null));
        Assert.Equal(2, decisions.Count(d => d.Value.outcome == Events.DecisionOutcome.OK_TO_BOARD && d.Value.decidedBy is null));
        Assert.All(decisions, d => Assert.Equal(d.Value.flightKey, d.Key));
        // The dismissal re-decided VOLKOV: a decision by the officer.
        var redecided = Assert.Single(decisions, d => d.Value.decidedBy == "lee");
        Assert.Equal((0, Events.DecisionKind.BOARDING, "0Z"), (redecided.Value.travellerIndex, redecided.Value.kind, redecided.Value.responseCode));

        var review = Assert.Single(events.Read<Events.HitReviewed>(EventTopics.Reviews, 1));
        Assert.Equal(("lee", Events.Disposition.FALSE_POSITIVE, "different person"), (review.Value.reviewer, review.Value.disposition, review.Value.note));
        var reviewedHit = StreamEvents.NameUuid(sent.HitId);
        Assert.Equal(reviewedHit, review.Value.hitId);
        Assert.Contains(volkov, s => s.Value.hits.Any(h => h.hitId == reviewedHit)); // the review names the hit the screening reported

        var pnr = Assert.Single(events.Read<Events.PnrReceived>(EventTopics.Pnr, 1));
        var record = Assert.Single(pnr.Value.records);
        Assert.Equal(("KE702/261122", "ABC123", "KIM", "M12345678"), (pnr.Key, record.locator, record.passengers[0].surname, record.passengers[0].documentNumber));
        Assert.Equal(new DateTime(1990, 3, 3), record.passengers[0].birthDate);

        var noticed = Assert.Single(events.Read<Events.NoticeReceived>(EventTopics.Notices, 1));
        Assert.Equal((Events.NoticeKind.ARRIVAL, "KRPUS", "V0425E"), (noticed.Value.kind, noticed.Value.port, noticed.Value.journeyId));
    }
}
