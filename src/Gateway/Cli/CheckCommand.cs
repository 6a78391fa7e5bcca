using System.CommandLine;
using System.Text.Json;

namespace Gateway.Cli;

/// <summary><c>gateway check FILE…</c>: the carrier's self-test tool. Exit status 1 when any input has errors.</summary>
internal static class CheckCommand
{
    public static Command Build()
    {
        var files = new Argument<string[]>("files") { Description = "Message files to check; '-' or none reads stdin.", Arity = ArgumentArity.ZeroOrMore };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON (one document with every input)." };
        var command = new Command("check", "Read EDIFACT messages (PAXLST, PNRGOV, CUSRES, CONTRL) and report what they contain, every error or repair, and the Decree report of each list.")
        {
            files, json,
        };
        files.Validators.Add(result => Suggestion.RejectOptionLikeTokens(command, result));
        command.SetAction(parse => Run(parse.GetValue(files) ?? [], parse.GetValue(json), Console.Out));
        return command;
    }

    internal static int Run(string[] files, bool json, TextWriter output)
    {
        if (files.Length == 0) files = ["-"];
        var results = new List<CheckResult>();
        foreach (var file in files) results.Add(Check(file));
        if (json) output.WriteLine(JsonSerializer.Serialize(new CheckOutput(results), CheckJsonContext.Default.CheckOutput));
        else foreach (var result in results) CheckPrinter.Print(result, output);
        // Errors: a message that cannot be read, or a list the Decree rules reject (lateness alone is not an error here).
        return results.Any(r => !r.Ok || r.Reports.Any(x => x.Outcome == Gateway.Schemas.Reports.ReportOutcome.Rejected)) ? 1 : 0;
    }

    private static CheckResult Check(string file)
    {
        byte[] bytes;
        try
        {
            bytes = file == "-" ? ReadStdin() : File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CheckResult.Failed(file, new CheckError(e.Message, null, null, null, null, null, null, null));
        }
        return MessageInspector.Inspect(file == "-" ? "stdin" : file, bytes);
    }

    private static byte[] ReadStdin()
    {
        using var stdin = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        stdin.CopyTo(buffer);
        return buffer.ToArray();
    }
}
