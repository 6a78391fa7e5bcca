using System.CommandLine;
using System.Text.Json;
using Gateway.Screening.Import;
using Gateway.Screening.Index;
using Gateway.Screening.Model;
using Gateway.Screening.Scoring;
using Gateway.Screening.Text;

namespace Gateway.Cli;

/// <summary><c>gateway screen --list KIND:FORMAT:PATH … &lt; queries.jsonl</c>: batch screening against watch lists.</summary>
internal static class ScreenCommand
{
    public static Command Build()
    {
        var lists = new Option<string[]>("--list")
        {
            Description = "KIND:FORMAT:PATH, repeatable. KIND: entry-ban, departure-ban, wanted, sanctions, lost-stolen. "
                + "FORMAT: ofac-csv, ofac-xml, un-xml, uk-csv, eu-csv, native-csv, native-json. "
                + "ofac-csv companion files under other names: KIND:ofac-csv:sdn.csv|alt=PATH|add=PATH|comments=PATH ('-': none).",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var minBand = new Option<string>("--min-band") { Description = "Lowest band reported: hold, review or secondary.", DefaultValueFactory = _ => "review" };
        var command = new Command("screen", "Screen travellers (JSON lines on stdin) against watch lists; one JSON line per traveller on stdout.")
        {
            lists, minBand,
        };
        command.SetAction(parse => Run(parse.GetValue(lists) ?? [], parse.GetValue(minBand) ?? "review", Console.In, Console.Out, Console.Error));
        return command;
    }

    internal static int Run(string[] listSpecs, string minBandText, TextReader input, TextWriter output, TextWriter error)
    {
        if (!TryBand(minBandText, out var minBand))
        {
            error.WriteLine($"screen: --min-band '{minBandText}' is not hold, review or secondary");
            return 2;
        }
        ScreeningIndex index;
        try
        {
            var loaded = new List<WatchList>();
            foreach (var spec in listSpecs) loaded.Add(ListSource.Parse(spec).Load());
            index = ScreeningIndex.Build(loaded, new ScreeningOptions(), LoadNicknames());
        }
        catch (FormatException e)
        {
            error.WriteLine("screen: " + e.Message);
            return 2;
        }
        catch (ListFormatException e)
        {
            error.WriteLine("screen: list rejected: " + e.Message);
            return 2;
        }
        var failed = false;
        var lineNo = 0;
        while (input.ReadLine() is { } line)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (!QueryLine.TryParse(line, out var id, out var query, out var problem))
            {
                error.WriteLine($"screen: stdin line {lineNo}: {problem}");
                failed = true;
                continue;
            }
            var result = index.Screen(query!, minBand);
            output.WriteLine(HitJson.Write(id!, result.Hits));
        }
        output.Flush();
        return failed ? 1 : 0;
    }

    private static NicknameTable LoadNicknames()
    {
        // A fuller nickname table may be configured; the built-in one ships with the product.
        var path = Environment.GetEnvironmentVariable("GATEWAY_SCREENING_NICKNAMES");
        return string.IsNullOrEmpty(path) ? NicknameTable.BuiltIn : NicknameTable.Load(path);
    }

    private static bool TryBand(string text, out Band band)
    {
        band = text switch { "hold" => Band.Hold, "review" => Band.Review, "secondary" => Band.Secondary, _ => Band.None };
        return band != Band.None;
    }
}
