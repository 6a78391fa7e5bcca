using System.Diagnostics;

namespace Gateway.IntegrationTests.Cli;

/// <summary>The real <c>gateway</c> program, started as a process.</summary>
public sealed class GatewayProcessTests
{
    private static async Task<(int Exit, string Stdout, string Stderr)> Gateway(string stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "gateway.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Check_reads_stdin_prints_json_and_exits_non_zero_for_a_list_the_decree_rejects()
    {
        // A readable list without birth date, sex, nationality or document: Decree 87(2) rejects it.
        const string list = "UNB+UNOA:4+KE+KRIMMI+261122:0915+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'TDT+20+KE0901+++KE'NAD+FL+++HONG:GILDONG'UNT+5+1'UNZ+1+1'";
        var (exit, stdout, _) = await Gateway(list, "check", "--json");
        Assert.Equal(1, exit);
        Assert.Contains("\"surname\": \"HONG\"", stdout, StringComparison.Ordinal);
        Assert.Contains("\"outcome\": \"Rejected\"", stdout, StringComparison.Ordinal);
        Assert.Contains("D87-2-3-DOB-MISSING", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_exits_non_zero_on_garbage()
    {
        var (exit, stdout, _) = await Gateway("this is not a message", "check");
        Assert.Equal(1, exit);
        Assert.Contains("no EDIFACT interchange found", stdout, StringComparison.Ordinal);
    }
}
