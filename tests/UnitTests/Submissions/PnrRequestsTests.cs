using Gateway.Apis;
using Gateway.Schemas.Reports;
using Gateway.Pipeline;
using Gateway.Submissions;
using Gateway.Domain.Validation;

namespace Gateway.UnitTests.Submissions;

/// Issue 18 item 7: Decree 85(3) deadlines produce findings that cite the article, when late and when overdue.
public sealed class PnrRequestsTests
{
    private static readonly DateTimeOffset Requested = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);

    private static PnrRequestView Transfer()
    {
        var d = PnrDeadline.ForRequest(Requested);
        return new PnrRequestView("q_1", "KE", "KE702/261122", "transfer", ValueList<string>.Empty, "case 1", Requested, d.Deadline, d.Article,
            PnrRequests.Open, null, null, null);
    }

    private static PnrRequestView Named(DateTimeOffset departure)
    {
        var d = PnrDeadline.ForNamedPassengers(departure);
        return new PnrRequestView("q_2", "KE", "KE702/261122", "named", ValueList.Of("KIM/MINJUN"), "case 2", Requested, d.Deadline, d.Article,
            PnrRequests.Open, null, null, null);
    }

    [Fact]
    public void An_open_request_is_open_until_its_deadline_and_overdue_after_it_with_the_finding_and_article()
    {
        var atDeadline = PnrRequests.AsOf(Transfer(), Requested.AddMinutes(30));
        Assert.Equal((PnrRequests.Open, 0), (atDeadline.Status, atDeadline.Findings!.Count));
        var after = PnrRequests.AsOf(Transfer(), Requested.AddMinutes(31));
        Assert.Equal(PnrRequests.Overdue, after.Status);
        var finding = Assert.Single(after.Findings!);
        Assert.Equal(("D85-3-2-PNR-OVERDUE", "Decree 85(3)2", Severity.Error), (finding.Code, finding.Article, finding.Severity));
        Assert.Contains("2026-11-22 00:30", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_late_answer_carries_the_late_finding_and_an_answer_in_time_none()
    {
        var late = PnrRequests.Answer(Transfer(), "p_1", Requested.AddMinutes(45));
        Assert.Equal((PnrRequests.Answered, false, "p_1"), (late.Status, late.MetDeadline, late.PushId));
        var finding = Assert.Single(late.Findings!);
        Assert.Equal(("D85-3-2-PNR-LATE", "Decree 85(3)2"), (finding.Code, finding.Article));
        // Answered is answered: it is no longer overdue at any later time.
        Assert.Equal(PnrRequests.Answered, PnrRequests.AsOf(late, Requested.AddDays(1)).Status);

        var onTime = PnrRequests.Answer(Transfer(), "p_2", Requested.AddMinutes(30));
        Assert.Equal((true, 0), (onTime.MetDeadline, onTime.Findings!.Count));
    }

    [Fact]
    public void Named_passengers_are_judged_against_the_departure_not_the_request()
    {
        var departure = new DateTimeOffset(2026, 11, 22, 2, 30, 0, TimeSpan.Zero);
        var overdue = PnrRequests.AsOf(Named(departure), departure.AddMinutes(-20));
        var finding = Assert.Single(overdue.Findings!);
        Assert.Equal(("D85-3-3-PNR-OVERDUE", "Decree 85(3)3"), (finding.Code, finding.Article));
        Assert.Contains("2026-11-22 02:30", finding.Message, StringComparison.Ordinal); // the departure, not the request at 00:00
        var late = PnrRequests.Answer(Named(departure), "p_3", departure.AddMinutes(-10));
        Assert.Contains("departure 2026-11-22 02:30", Assert.Single(late.Findings!).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_overdue_feed_entry_says_which_request_and_cites_the_article()
    {
        var overdue = PnrRequests.AsOf(Transfer(), Requested.AddHours(1));
        var record = PnrRequests.OverdueUpdate(overdue, Requested.AddHours(1));
        Assert.Equal("KE", record.Carrier);
        Assert.Null(record.Cusres);
        var update = System.Text.Json.JsonSerializer.Deserialize(record.Json, Gateway.Json.GatewayJsonContext.Default.StatusUpdate)!;
        Assert.Equal((StatusUpdate.PnrOverdueType, "q_1", "D85-3-2-PNR-OVERDUE"), (update.Type, update.PnrRequest!.Id, update.Code));
        Assert.Equal("Decree 85(3)2", Assert.Single(update.Reasons).Article);
    }

    [Fact]
    public void A_status_update_stored_before_feed_entries_had_a_type_reads_as_a_status_change()
    {
        const string old = """{"sequence":0,"reportId":"r_1","flightKey":"KE702/261122","index":0,"surname":"KIM","code":"0Z","text":"OK","reasons":[],"at":"2026-11-22T00:00:00+00:00"}""";
        var update = System.Text.Json.JsonSerializer.Deserialize(old, Gateway.Json.GatewayJsonContext.Default.StatusUpdate)!;
        Assert.Equal(StatusUpdate.StatusType, update.Type);
        Assert.Null(update.PnrRequest);
    }
}
