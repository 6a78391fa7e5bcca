using Gateway.Options;
using Gateway.Screening;
using Gateway.Screening.Index;
using Gateway.Screening.Model;
using Gateway.Screening.Scoring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.UnitTests.Screening;

/// Screening thresholds and tunables come from configuration section Gateway:Screening.
public sealed class ScreeningConfigurationTests
{
    private static GatewayOptions Bind(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return configuration.GetSection("Gateway").Get<GatewayOptions>() ?? new GatewayOptions();
    }

    // The exact name with a nationality the list does not give: 1.0 − 0.1 = 0.90, review under the default thresholds.
    private static readonly ScreeningQuery Traveller = new("Ivan Dragomirov", Nationality: "FRA");

    private static Band BandWith(ScreeningOptions options)
    {
        var list = TestLists.List(ListKind.Wanted, TestLists.Person("W-1", "Ivan Dragomirov", "Dragomirov", nationalities: ["BGR"]));
        var hits = ScreeningIndex.Build([list], options).Screen(Traveller, Band.Secondary).Hits;
        return Assert.Single(hits).Band;
    }

    [Fact]
    public void A_configured_hold_threshold_moves_the_same_hit_from_review_to_hold()
    {
        Assert.Equal(Band.Review, BandWith(Bind().Screening));
        var configured = Bind(("Gateway:Screening:HoldThreshold", "0.88"));
        Assert.Equal(0.88, configured.Screening.HoldThreshold);
        Assert.Equal(Band.Hold, BandWith(configured.Screening));
    }

    [Fact]
    public void A_configured_review_threshold_moves_the_same_hit_down_to_secondary()
    {
        var configured = Bind(("Gateway:Screening:ReviewThreshold", "0.92"), ("Gateway:Screening:HoldThreshold", "0.97"));
        Assert.Equal(Band.Secondary, BandWith(configured.Screening));
    }

    [Fact]
    public void A_configured_penalty_changes_the_score()
    {
        // Without the nationality penalty the exact name scores 1.0: hold.
        var configured = Bind(("Gateway:Screening:NationalityMismatchPenalty", "0"));
        Assert.Equal(Band.Hold, BandWith(configured.Screening));
    }

    [Theory]
    [InlineData("Gateway:Screening:ReviewThreshold", "0.99", "thresholds")] // review above hold: nobody would be held without review
    [InlineData("Gateway:Screening:SecondaryThreshold", "0", "thresholds")] // a zero floor would report every candidate
    [InlineData("Gateway:Screening:MaxCandidates", "0", "MaxCandidates")] // no candidate scored: screening silently off
    [InlineData("Gateway:Screening:SexMismatchPenalty", "-0.2", "SexMismatchPenalty")] // a negative penalty is a bonus
    public void Unusable_settings_are_refused_at_start_up_with_what_is_wrong(string key, string value, string named)
    {
        var options = Bind((key, value));
        var problem = options.Screening.Problem();
        Assert.NotNull(problem);
        Assert.Contains(named, problem, StringComparison.Ordinal);
        var e = Assert.Throws<InvalidOperationException>(() => new WatchListHost(options, NullLogger<WatchListHost>.Instance));
        Assert.Contains("Gateway:Screening", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_host_screens_with_the_configured_thresholds()
    {
        var options = Bind(
            ("Gateway:Screening:HoldThreshold", "0.88"),
            ("Gateway:WatchLists:0:Name", "wanted"),
            ("Gateway:WatchLists:0:Kind", "wanted"),
            ("Gateway:WatchLists:0:Format", "native-csv"),
            ("Gateway:WatchLists:0:Path", TestLists.File("native_reload.csv")));
        var host = new WatchListHost(options, NullLogger<WatchListHost>.Instance);
        var hit = Assert.Single(host.Screener.Screen(Traveller with { Nationality = "FRA" }, Band.Secondary).Hits, h => h.Reference == "R-1");
        Assert.Equal(Band.Hold, hit.Band);
    }
}
