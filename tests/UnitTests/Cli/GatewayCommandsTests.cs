using System.CommandLine;
using Gateway.Cli;

namespace Gateway.UnitTests.Cli;

/// Issue 18 item 13: a mistyped command or option is an error with a suggestion; it never starts the server.
public sealed class GatewayCommandsTests
{
    // Asserting the parse errors first matters: before the fix the root action would have started the server.
    private static (int Exit, string Output) Refused(params string[] args)
    {
        var parse = GatewayCommands.Build().Parse(args);
        Assert.NotEmpty(parse.Errors);
        using var output = new StringWriter();
        int exit = parse.Invoke(new InvocationConfiguration { Output = output, Error = output });
        return (exit, output.ToString());
    }

    [Fact]
    public void A_mistyped_command_is_an_error_that_suggests_the_command()
    {
        var (exit, output) = Refused("chekc", "file.edi");
        Assert.NotEqual(0, exit);
        Assert.Contains("chekc", output, StringComparison.Ordinal);
        Assert.Contains("check", output.Replace("chekc", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistyped_serving_option_is_an_error_that_suggests_the_option()
    {
        var (exit, output) = Refused("--url", "http://127.0.0.1:8080");
        Assert.NotEqual(0, exit);
        Assert.Contains("--urls", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistyped_check_option_is_an_error_that_suggests_the_option_not_a_missing_file()
    {
        var (exit, output) = Refused("check", "--jsn", "file.edi");
        Assert.NotEqual(0, exit);
        Assert.Contains("unknown option '--jsn'", output, StringComparison.Ordinal);
        Assert.Contains("Did you mean '--json'?", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Stdin_and_real_options_still_parse()
    {
        Assert.Empty(GatewayCommands.Build().Parse(["check", "--json", "-"]).Errors);
        Assert.Empty(GatewayCommands.Build().Parse(["--urls", "http://127.0.0.1:8080"]).Errors);
        Assert.Empty(GatewayCommands.Build().Parse([]).Errors);
    }

    [Fact]
    public void Configuration_overrides_go_to_the_host_and_the_rest_is_parsed_strictly()
    {
        var (settings, rest) = GatewayCommands.SplitSettings(["--Gateway:Store=postgres", "--Logging:LogLevel:Default", "Warning", "--urls", "http://127.0.0.1:8080"]);
        Assert.Equal(["--Gateway:Store=postgres", "--Logging:LogLevel:Default", "Warning"], settings);
        Assert.Equal(["--urls", "http://127.0.0.1:8080"], rest);
        Assert.Empty(GatewayCommands.Build(settings).Parse(rest).Errors);
        // After a command, nothing is taken as a setting: `check` sees (and refuses) it.
        var (none, all) = GatewayCommands.SplitSettings(["check", "--Gateway:Store=postgres"]);
        Assert.Empty(none);
        Assert.Equal(2, all.Count);
    }
}
