using System.Text.RegularExpressions;
using Gateway.UnitTests.Support;

namespace Gateway.UnitTests.Pipeline;

/// <summary>
/// The pipeline's types live with the pipeline: the API uses the submissions and the pipeline, the submissions use the
/// pipeline, and the pipeline uses neither, so no namespace of the three depends on another that depends back on it.
/// </summary>
public sealed partial class PipelineNamespaceTests
{
    private static readonly string[] Layers = ["Apis", "Submissions", "Pipeline"];

    [GeneratedRegex(@"(?:^using\s+Gateway\.(\w+)\s*;|(?<![\w.])Gateway\.(\w+)\.)", RegexOptions.Multiline)]
    private static partial Regex Reference();

    /// <summary>Which of the three namespaces each one's source files name (using directives and qualified names).</summary>
    private static Dictionary<string, SortedSet<string>> Edges()
    {
        var edges = Layers.ToDictionary(l => l, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var layer in Layers)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(TestFiles.RepoRoot(), "src", "Gateway", layer), "*.cs"))
            {
                foreach (Match m in Reference().Matches(File.ReadAllText(file)))
                {
                    string target = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
                    if (target != layer && Layers.Contains(target)) edges[layer].Add(target);
                }
            }
        }
        return edges;
    }

    [Fact]
    public void Apis_submissions_and_pipeline_depend_on_each_other_in_one_direction_only()
    {
        var edges = Edges();
        Assert.Empty(edges["Pipeline"]);
        Assert.DoesNotContain("Apis", edges["Submissions"]);
        foreach (var (from, targets) in edges)
            foreach (var to in targets)
                Assert.False(edges[to].Contains(from), $"Gateway.{from} and Gateway.{to} depend on each other");
    }
}
