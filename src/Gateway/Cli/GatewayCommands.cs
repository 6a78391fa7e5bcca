using System.CommandLine;
using Gateway.Extensions;

namespace Gateway.Cli;

/// <summary>
/// The command line: serving is the default, tools are subcommands. Unknown commands and options are errors with a
/// suggestion (<c>gateway chekc</c> does not start the server). Settings given as <c>--Section:Key=value</c> (or
/// <c>--Section:Key value</c>) before any command override the configuration for serving.
/// </summary>
internal static class GatewayCommands
{
    /// <summary>Parses and runs the command line.</summary>
    public static Task<int> InvokeAsync(string[] args)
    {
        var (settings, rest) = SplitSettings(args);
        return Build(settings).Parse(rest).InvokeAsync();
    }

    public static RootCommand Build(IReadOnlyList<string>? settings = null)
    {
        var urls = new Option<string?>("--urls") { Description = "Addresses to serve on, ';'-separated (default http://localhost:5000)." };
        var environment = new Option<string?>("--environment") { Description = "The hosting environment (default Production)." };
        var root = new RootCommand("Gateway: carrier data exchange for border control (API, PNR, crew and passenger lists). "
            + "With no command it serves the HTTP API; settings come from appsettings.json, the environment (Gateway__Store=postgres) "
            + "or --Section:Key=value arguments.")
        {
            urls, environment,
        };
        root.SetAction(async (parse, cancel) =>
        {
            var host = new List<string>(settings ?? []);
            if (parse.GetValue(urls) is { } u) host.AddRange(["--urls", u]);
            if (parse.GetValue(environment) is { } e) host.AddRange(["--environment", e]);
            var app = GatewayHost.Build([.. host]);
            await app.RunAsync(cancel);
            return 0;
        });
        root.Subcommands.Add(CheckCommand.Build());
        root.Subcommands.Add(ScreenCommand.Build());
        root.Subcommands.Add(TokenCommand.Build());
        root.Subcommands.Add(CarriersCommand.Build());
        return root;
    }

    /// <summary>
    /// Separates configuration overrides (<c>--Gateway:Store=postgres</c>, <c>--Logging:LogLevel:Default Warning</c>: a
    /// name with a ':') from the rest, when the first word is not a command: the rest is parsed strictly.
    /// </summary>
    internal static (List<string> Settings, List<string> Remaining) SplitSettings(IReadOnlyList<string> args)
    {
        var settings = new List<string>();
        var rest = new List<string>();
        bool serving = args.Count == 0 || args[0].StartsWith('-');
        for (int i = 0; i < args.Count; i++)
        {
            string a = args[i];
            int eq = a.IndexOf('=', StringComparison.Ordinal);
            string name = eq < 0 ? a : a[..eq];
            if (!serving || !name.StartsWith("--", StringComparison.Ordinal) || !name.Contains(':', StringComparison.Ordinal))
            {
                rest.Add(a);
                continue;
            }
            settings.Add(a);
            if (eq < 0 && i + 1 < args.Count) settings.Add(args[++i]);
        }
        return (settings, rest);
    }
}
