using Gateway.Adapters.Storage;
using Gateway.Domain.Decisions;
using Gateway.Pipeline;
using Gateway.Schemas;
using Gateway.Schemas.Manifests;

namespace Gateway.UnitTests.Pipeline;

public sealed class StatusUpdatesTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);
    private static readonly BoardingDecision DoNotBoard = new(BoardingCodes.DoNotBoard, ValueList<DecisionReason>.Empty);

    [Fact]
    public void A_status_change_carries_its_cusres_bgm_132()
    {
        var batch = new WriteBatch();
        StatusUpdates.Add(batch, "KE", "r_1", "KE902/261122", SampleEvents.Manifest(1), 0, DoNotBoard, At);
        var update = Assert.Single(batch.Updates);
        Assert.Contains("BGM+132", update.Cusres, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_no_cusres_can_carry_keeps_the_json_update_without_a_cusres_instead_of_failing_the_decision()
    {
        // RFF 1154 is an..70 in CUSRES; a batch list's Decree checks do not limit a passenger reference to that.
        var manifest = SampleEvents.Manifest(1);
        var traveller = manifest.Travellers[0] with { References = ValueList.Of([new Reference("ABO", new string('7', 80))]) };
        manifest = manifest with { Travellers = ValueList.Of([traveller]) };
        var batch = new WriteBatch();

        StatusUpdates.Add(batch, "KE", "r_1", "KE902/261122", manifest, 0, DoNotBoard, At);

        var update = Assert.Single(batch.Updates);
        Assert.Null(update.Cusres);
        Assert.Contains("\"code\":\"1Z\"", update.Json, StringComparison.Ordinal);
        Assert.Contains(new string('7', 80), update.Json, StringComparison.Ordinal);
    }
}
