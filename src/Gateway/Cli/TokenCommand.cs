using System.CommandLine;
using Gateway.Options;
using Gateway.Security;

namespace Gateway.Cli;

/// <summary>
/// <c>gateway token --officer ID --pin N --role officer,pnr-officer</c>: mints a token of the development issuer with the
/// key the service keeps in its data folder (made here if the service has not run yet) and the configured audience.
/// </summary>
internal static class TokenCommand
{
    public static Command Build()
    {
        var officer = new Option<string>("--officer") { Description = "The officer's id (the token's sub).", Required = true };
        var pin = new Option<string>("--pin") { Description = "The officer's personal identification number (Decree 85(2)).", Required = true };
        var role = new Option<string>("--role") { Description = "Roles, comma-separated: officer, pnr-officer, admin.", DefaultValueFactory = _ => OfficerRoles.Officer };
        var minutes = new Option<int>("--minutes") { Description = "Lifetime in minutes.", DefaultValueFactory = _ => 480 };
        var data = new Option<string?>("--data-folder") { Description = "The service's data folder (default: Gateway:DataFolder)." };
        var command = new Command("token", "Mint a development officer token (ES256, the development issuer).") { officer, pin, role, minutes, data };
        command.SetAction(parse => Run(parse.GetValue(officer)!, parse.GetValue(pin)!, parse.GetValue(role)!, parse.GetValue(minutes),
            parse.GetValue(data), Console.Out, Console.Error));
        return command;
    }

    internal static int Run(string officer, string pin, string roleList, int minutes, string? dataFolder, TextWriter output, TextWriter error)
    {
        var roles = roleList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (roles.FirstOrDefault(r => !OfficerRoles.All.Contains(r, StringComparer.Ordinal)) is { } unknown)
        {
            error.WriteLine($"token: --role '{unknown}' is not one of {string.Join(", ", OfficerRoles.All)}");
            return 2;
        }
        if (roles.Length == 0 || minutes <= 0 || pin.Length == 0 || officer.Length == 0)
        {
            error.WriteLine("token: --officer, --pin, at least one --role and a positive --minutes are required");
            return 2;
        }
        var config = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var options = config.GetSection("Gateway:Officers").Get<OfficerOptions>() ?? new OfficerOptions();
        // The service's data folder as the service resolves it (ConfiguredPaths), whatever the working directory.
        string folder = dataFolder ?? ConfiguredPaths.Resolve(ConfiguredPaths.Root(config["Gateway:Root"]), config["Gateway:DataFolder"] ?? "data");
        if (!options.UsesDevelopmentIssuer)
        {
            error.WriteLine("token: the development issuer is off (Gateway:Officers:Authority is set, or DevelopmentIssuer=false): tokens come from the OIDC provider");
            return 2;
        }
        using var issuer = new DevelopmentIssuer(folder);
        var now = DateTimeOffset.UtcNow;
        output.WriteLine(issuer.Mint(options.Audience, officer, pin, roles, now, now.AddMinutes(minutes)));
        return 0;
    }
}
