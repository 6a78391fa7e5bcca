using System.Text;
using System.Text.RegularExpressions;
using Gateway.Domain.Validation;
using Gateway.UnitTests.Support;

namespace Gateway.UnitTests.Validation;

/// <summary>
/// docs/FINDINGS.md is the rule catalogue as one table. This test regenerates it and fails when the checked-in file
/// differs; run with GATEWAY_WRITE_DOCS=1 to rewrite the file.
/// </summary>
public sealed partial class FindingsDocTests
{
    [GeneratedRegex(@"^(Decree|Act) \d+(-\d+)?(\(\d+\)\d*)?$")]
    private static partial Regex ArticleForm();

    [GeneratedRegex(@"^(D\d+(-\d+)*|A\d+|GW)(-[A-Z0-9]+)+$")]
    private static partial Regex CodeForm();

    [Fact]
    public void Every_rule_has_a_unique_code_an_article_and_both_messages()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in RuleCatalogue.All)
        {
            Assert.True(codes.Add(rule.Code), $"duplicate code {rule.Code}");
            Assert.Matches(CodeForm(), rule.Code);
            Assert.Matches(ArticleForm(), rule.Article);
            Assert.False(string.IsNullOrWhiteSpace(rule.English));
            Assert.False(string.IsNullOrWhiteSpace(rule.Korean));
            Assert.Contains(rule.Korean, c => c is >= '\uAC00' and <= '\uD7A3'); // Hangul syllables: it is Korean
            Assert.Equal(Placeholders(rule.English), Placeholders(rule.Korean));
        }
        Assert.True(codes.Count > 60);
    }

    [Fact]
    public void Findings_doc_lists_every_rule_as_generated()
    {
        string expected = Render();
        string path = Path.Combine(TestFiles.RepoRoot(), "docs", "FINDINGS.md");
        if (Environment.GetEnvironmentVariable("GATEWAY_WRITE_DOCS") == "1") File.WriteAllText(path, expected);
        Assert.True(File.Exists(path), "docs/FINDINGS.md is missing: run the tests with GATEWAY_WRITE_DOCS=1");
        string actual = File.ReadAllText(path).ReplaceLineEndings("\n");
        foreach (var rule in RuleCatalogue.All) Assert.Contains($"`{rule.Code}`", actual, StringComparison.Ordinal);
        Assert.True(expected == actual, "docs/FINDINGS.md is out of date: run the tests with GATEWAY_WRITE_DOCS=1 and commit it");
    }

    private static string Render()
    {
        var sb = new StringBuilder();
        sb.Append("# Findings: codes, articles and messages\n\n");
        sb.Append("Generated from the rule catalogue (`src/Domain/Validation/Rules/`) by `FindingsDocTests`; do not edit by hand\n");
        sb.Append("(run the unit tests with `GATEWAY_WRITE_DOCS=1` to regenerate). `{0}`, `{1}`… are filled with the values found.\n");
        sb.Append("A report is `rejected` when it has an error other than lateness, `late` when its only errors are the lateness codes\n");
        sb.Append("(`D87-5-1-LATE`, `D87-5-2-LATE`, `D86-NOTICE-LATE`), `accepted_with_warnings` with warnings only, else `accepted`.\n\n");
        sb.Append("| Code | Severity | Article | Message (English) | Message (Korean) |\n");
        sb.Append("|---|---|---|---|---|\n");
        foreach (var r in RuleCatalogue.All)
        {
            sb.Append("| `").Append(r.Code).Append("` | ").Append(r.Severity.ToString().ToLowerInvariant()).Append(" | ").Append(r.Article)
              .Append(" | ").Append(Cell(r.English)).Append(" | ").Append(Cell(r.Korean)).Append(" |\n");
        }
        return sb.ToString();
    }

    private static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Placeholders(string s) =>
        string.Join(",", Regex.Matches(s, @"\{\d\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal));
}
