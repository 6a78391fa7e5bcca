using System.CommandLine;
using Gateway.Extensions;

namespace Gateway.Cli;

/// <summary>The command line: serving is the default, tools are subcommands.</summary>
internal static class GatewayCommands
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Gateway: carrier data exchange for border control (API, PNR, crew and passenger lists).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.SetAction(async (parse, cancel) =>
        {
            var app = GatewayHost.Build([.. parse.UnmatchedTokens]);
            await app.RunAsync(cancel);
            return 0;
        });
        root.Subcommands.Add(CheckCommand.Build());
        root.Subcommands.Add(ScreenCommand.Build());
        root.Subcommands.Add(TokenCommand.Build());
        root.Subcommands.Add(CarriersCommand.Build());
        return root;
    }
}
