using Gateway.Schemas.Manifests;
using Gateway.Domain.Validation;

namespace Gateway.UnitTests.Validation;

/// <summary>
/// One row of a rule table: the article it exercises, why, how the baseline report is changed, and the finding
/// expected (null: the change is legal and must raise no error or warning).
/// </summary>
public sealed record RuleCase(string Article, string Reason, string? Expect, Func<Manifest, Manifest> Change, Func<ValidationContext, ValidationContext>? Context = null)
{
    public override string ToString() => Reason;
}

/// <summary>Runs a table of <see cref="RuleCase"/>s keyed by name (xunit shows one test per row).</summary>
public static class RuleTable
{
    public static void Run(RuleCase row, Manifest? baseline = null)
    {
        var manifest = row.Change(baseline ?? Fixtures.PassengerList());
        var context = Fixtures.Context();
        if (row.Context is not null) context = row.Context(context);
        var report = ReportValidator.Validate(manifest, context);
        Assert.DoesNotContain(report.Findings, f => f.Code == "GW-INTERNAL");
        if (row.Expect is null)
        {
            Assert.True(!Fixtures.Notable(report).Any(), $"{row.Reason}: expected no finding, got {Fixtures.Codes(report)}");
            return;
        }
        var finding = report.Findings.FirstOrDefault(f => f.Code == row.Expect);
        Assert.True(finding is not null, $"{row.Reason}: expected {row.Expect}, got [{Fixtures.Codes(report)}]");
        Assert.Equal(row.Article, finding.Article);
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
        Assert.False(string.IsNullOrWhiteSpace(finding.MessageKorean));
        Assert.DoesNotContain("{", finding.Message, StringComparison.Ordinal);
    }

    public static Manifest One(Manifest m, Func<Traveller, Traveller> change) => m with { Travellers = new[] { change(m.Travellers[0]) } };
}
