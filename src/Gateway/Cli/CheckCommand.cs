using System.CommandLine;

namespace Gateway.Cli;

/// <summary><c>gateway check FILE…</c>: the carrier's self-test tool.</summary>
internal static class CheckCommand
{
    public static Command Build()
    {
        var files = new Argument<string[]>("files") { Description = "Message files to check; '-' or none reads stdin.", Arity = ArgumentArity.ZeroOrMore };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var command = new Command("check", "Read EDIFACT messages (PAXLST, PNRGOV, CUSRES) and report what they contain and every error.")
        {
            files, json,
        };
        command.SetAction(parse => 0);
        return command;
    }
}
