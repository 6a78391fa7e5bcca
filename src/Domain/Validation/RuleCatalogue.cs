using System.Reflection;
using Gateway.Domain.Validation.Rules;

namespace Gateway.Domain.Validation;

/// <summary>Every rule the engine knows, in catalogue order: the source of docs/FINDINGS.md.</summary>
public static class RuleCatalogue
{
    private static readonly Lazy<IReadOnlyList<Rule>> AllRules = new(Collect);

    /// <summary>Every rule, grouped by area in declaration order.</summary>
    public static IReadOnlyList<Rule> All => AllRules.Value;

    /// <summary>The finding codes that mean "received too late" rather than "incomplete": they make a report late, not rejected.</summary>
    public static bool IsLateness(string code) =>
        code == TimingRules.ArrivalLate.Code || code == TimingRules.DepartureLate.Code || code == TimingRules.NoticeLate.Code;

    private static List<Rule> Collect()
    {
        var rules = new List<Rule>();
        foreach (var type in new[] { typeof(ListRules), typeof(PersonRules), typeof(DocumentRules), typeof(ConveyanceRules), typeof(TimingRules) })
        {
            // Fields come back in declaration order in practice; sort by metadata token to make that explicit.
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(f => f.MetadataToken))
            {
                if (field.GetValue(null) is Rule rule) rules.Add(rule);
            }
        }
        return rules;
    }
}
