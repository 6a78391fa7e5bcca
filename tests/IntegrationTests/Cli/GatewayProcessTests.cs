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

    // Issue 18 item 13: before, `gateway chekc file.edi` started the server (the test timed out and killed it).
    [Fact]
    public async Task A_mistyped_command_is_refused_with_a_suggestion_and_serves_nothing()
    {
        string data = Directory.CreateTempSubdirectory("gateway-typo-").FullName;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "gateway.dll"));
        start.ArgumentList.Add("chekc");
        start.ArgumentList.Add("file.edi");
        start.Environment["Gateway__DataFolder"] = data;
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("gateway chekc did not exit: it serves. Output: " + await stdout);
            }
            string text = await stdout + await stderr;
            Assert.NotEqual(0, process.ExitCode);
            Assert.Contains("'chekc'", text, StringComparison.Ordinal);
            Assert.Contains("check", text.Replace("chekc", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(data, "gateway.db")), "the store was opened: the server started");
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    // Issue 18 item 2: started from another working directory, relative list paths still resolve (against the clone's root), and the start says what was loaded.
    [Fact]
    public async Task Started_from_another_directory_the_gateway_loads_its_lists_and_prints_how_many()
    {
        string data = Directory.CreateTempSubdirectory("gateway-cwd-").FullName;
        string elsewhere = Directory.CreateTempSubdirectory("gateway-elsewhere-").FullName;
        try
        {
            await using var gateway = await GatewayProcess.StartAsync(data, new Dictionary<string, string>
            {
                ["Gateway__WatchLists__0__Path"] = "tests/IntegrationTests/TestData/Lists/entry_ban.csv",
                ["Gateway__WatchLists__1__Path"] = "tests/IntegrationTests/TestData/Lists/lost_stolen.csv",
            }, elsewhere);
            Assert.Contains("watch lists: 2 loaded, 3 entries (entry-ban 2, lost-stolen 1)", gateway.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
            Directory.Delete(elsewhere, recursive: true);
        }
    }
}
