using System.CommandLine;
using Gateway.Screening.Scoring;
using Gateway.Screening.Text;

namespace Gateway.Benchmarks.Eval;

/// <summary><c>Benchmarks screen-eval</c> (was <c>gateway screen eval</c>): recall, false alerts per 1,000 and latency on the labelled sets, against a FuzzySharp baseline.</summary>
internal static class ScreenEvalCommand
{
    public static Command Build()
    {
        var shared = new Option<string>("--shared") { Description = "The shared reference folder (watchlists/, namepairs/).", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("GATEWAY_SHARED") ?? "../shared" };
        var baseline = new Option<int>("--baseline-sample") { Description = "Queries per set also run through the brute-force FuzzySharp baseline (0: none).", DefaultValueFactory = _ => 300 };
        var threshold = new Option<int>("--baseline-threshold") { Description = "FuzzySharp token-set ratio counted as a hit.", DefaultValueFactory = _ => 90 };
        var nicknames = new Option<string?>("--nicknames") { Description = "A nickname CSV (name1,relationship,name2) to load instead of the built-in table." };
        var sets = new Option<string[]>("--set") { Description = "Run only these sets (default: all)." };
        var ratio = new Option<double?>("--candidate-score-ratio") { Description = "Screening:CandidateScoreRatio to evaluate instead of the default." };
        var split = new Option<string>("--split") { Description = "Which half of the split sets to run: report (the figures quoted), tune (for tuning rules), or all.", DefaultValueFactory = _ => "report" };
        var command = new Command("eval", "Evaluate screening quality and latency on labelled data (see docs/BENCHMARKS.md).")
        {
            shared, baseline, threshold, nicknames, sets, ratio, split,
        };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(shared)!;
            if (!Directory.Exists(Path.Combine(dir, "namepairs")))
            {
                Console.Error.WriteLine($"screen eval: '{dir}' has no namepairs/ folder (use --shared)");
                return 2;
            }
            var nickPath = parse.GetValue(nicknames);
            var table = nickPath is null ? NicknameTable.BuiltIn : NicknameTable.Load(nickPath);
            var only = parse.GetValue(sets) ?? [];
            var options = new ScreeningOptions();
            if (parse.GetValue(ratio) is { } r) options.CandidateScoreRatio = r;
            if (options.Problem() is { } problem)
            {
                Console.Error.WriteLine("screen eval: " + problem);
                return 2;
            }
            if (!Enum.TryParse<EvalSplit>(parse.GetValue(split), true, out var half))
            {
                Console.Error.WriteLine($"screen eval: --split '{parse.GetValue(split)}' is not report, tune or all");
                return 2;
            }
            Run(dir, table, options, parse.GetValue(baseline), parse.GetValue(threshold), only, half, Console.Out);
            return 0;
        });
        return command;
    }

    private static void Run(string shared, NicknameTable nicknames, ScreeningOptions options, int baselineSample, int threshold, string[] only, EvalSplit split, TextWriter output)
    {
        output.WriteLine($"split: {split.ToString().ToLowerInvariant()} (sets built from list persons, the UN pairs and the negatives use only this half)");
        output.WriteLine(EvalRunner.Header);
        var lists = EvalSets.SanctionsLists(shared);
        var all = new List<Func<EvalSet>>
        {
            () => EvalSets.Variants(lists, 4000, 42),
            () => EvalSets.Splink(shared),
            () => EvalSets.Transliteration(shared, "translit_en_korean_wd20.tsv", "korean-list-hangul", true, 0, 7),
            () => EvalSets.Transliteration(shared, "translit_en_korean_wd20.tsv", "korean-list-latin", false, 0, 7),
            () => EvalSets.Transliteration(shared, "translit_en_chinese_wd20.tsv", "chinese", false, 2000, 7),
            () => EvalSets.Transliteration(shared, "translit_en_hebrew_wd20.tsv", "hebrew", false, 2000, 7),
            () => EvalSets.Transliteration(shared, "translit_en_katakana_wd20.tsv", "katakana", false, 2000, 7),
            () => EvalSets.CrossScript(shared),
            () => EvalSets.Nicknames(shared, 2000, 11),
            // Against the UN list alone: many UN persons are on OFAC too, under another reference, which would count as a miss.
            () => ScriptSets.UnOriginal([lists[1]], split, arabic: true),
            () => ScriptSets.UnOriginal([lists[1]], split, arabic: false),
            () => ScriptSets.CyrillicGenerated(lists, split, 1000, 13),
            () => ScriptSets.Reverse([lists[1]], split, arabic: true, 0, 13),
            () => ScriptSets.Reverse(lists, split, arabic: false, 1000, 13),
            () => EvalSets.Negatives(shared, lists, true, 0, split),
            () => EvalSets.Negatives(shared, lists, false, 0, split),
        };
        foreach (var family in VariantFamilies.Names) all.Add(() => VariantFamilies.Build(family, lists, split, 500, 17));
        foreach (var make in all)
        {
            var set = make();
            if (only.Length > 0 && Array.IndexOf(only, set.Name) < 0) continue;
            var sample = set.Negative ? Math.Min(baselineSample, 500) : baselineSample;
            EvalRunner.Run(set, nicknames, options, sample, threshold, output);
        }
    }
}
