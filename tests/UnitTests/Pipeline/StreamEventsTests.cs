using Gateway.Adapters.Events;
using Gateway.Adapters.Storage;
using Gateway.Domain.Decisions;
using Gateway.Pipeline;
using Gateway.Schemas;
using Gateway.Submissions;
using Events = kr.go.immigration.gateway.events;

namespace Gateway.UnitTests.Pipeline;

public sealed class StreamEventsTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("0Z", Events.DecisionOutcome.OK_TO_BOARD)]
    [InlineData("1Z", Events.DecisionOutcome.DO_NOT_BOARD)]
    [InlineData("2Z", Events.DecisionOutcome.ADVISORY)]
    [InlineData("4Z", Events.DecisionOutcome.INSUFFICIENT_DATA)]
    public void A_boarding_decision_is_one_event_on_the_decisions_topic_keyed_by_flight_with_its_code_and_reasons(string code, Events.DecisionOutcome outcome)
    {
        var batch = new WriteBatch();
        var submission = StreamEvents.NameUuid("s_1");
        var decision = new BoardingDecision(code, ValueList.Of([new DecisionReason("ENTRY-BAN", "Act 11", "on the entry-ban list")]));
        StreamEvents.BoardingDecided(batch, submission, "KE702/261122", 3, decision, "lee", At);

        var row = Assert.Single(batch.Outbox);
        Assert.Equal((EventTopics.Decisions, "KE702/261122"), (row.Topic, row.Key));
        var e = EventCodec<Events.DecisionIssued>.Instance.Decode(row.Payload);
        Assert.Equal((submission, 3, outcome, code, "lee"), (e.submissionId, e.travellerIndex, e.outcome, e.responseCode, e.decidedBy));
        Assert.Equal(("ENTRY-BAN", "Act 11", "on the entry-ban list"), (e.reasons[0].code, e.reasons[0].article, e.reasons[0].message));
        Assert.Equal(At.UtcDateTime, e.issuedAt);
        Assert.Equal(e.eventId.ToString("D"), EventEnvelope.EventId(row.Payload)); // the relay's message-id
    }

    [Theory]
    [InlineData("confirmed", Events.Disposition.CONFIRMED)]
    [InlineData("dismissed", Events.Disposition.FALSE_POSITIVE)]
    [InlineData("disagreed", Events.Disposition.ESCALATED)]
    [InlineData("first-of-two", Events.Disposition.PENDING)]
    public void A_review_outcome_maps_to_its_disposition(string outcome, Events.Disposition disposition)
    {
        var batch = new WriteBatch();
        StreamEvents.HitReviewed(batch, "h_abc", StreamEvents.NameUuid("r_1"), "KE702/261122", 0, outcome, "lee", null, At);
        var e = EventCodec<Events.HitReviewed>.Instance.Decode(Assert.Single(batch.Outbox).Payload);
        Assert.Equal((disposition, StreamEvents.NameUuid("h_abc")), (e.disposition, e.hitId));
    }

    [Fact]
    public void Every_topic_is_distinct_and_the_reports_topic_is_the_screening_consumers()
    {
        Assert.Equal(7, EventTopics.All.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(PipelineEvents.Topic, EventTopics.Reports);
    }
}
