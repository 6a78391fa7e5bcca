using System.Text.Json;
using Gateway.Cli;
using Gateway.UnitTests.Support;

namespace Gateway.UnitTests.Cli;

public sealed class CheckCommandTests
{
    private static (int Exit, string Output) Run(bool json, params string[] files)
    {
        using var output = new StringWriter();
        int exit = CheckCommand.Run(files, json, output);
        return (exit, output.ToString());
    }

    [Fact]
    public void A_readable_list_prints_its_flight_travellers_and_repairs_and_exits_zero()
    {
        var (exit, text) = Run(false, TestFiles.Path("Edifact", "wrapped_with_typeb_header.edi"));
        Assert.Equal(0, exit);
        Assert.Contains("PAXLST D:05B passenger list (BGM 745)", text, StringComparison.Ordinal);
        Assert.Contains("conveyance: Air KE KE0901", text, StringComparison.Ordinal);
        Assert.Contains("PARK, SOYEON", text, StringComparison.Ordinal);
        Assert.Contains("EDI-LINE-BREAK", text, StringComparison.Ordinal);
        Assert.Contains("line 4, column 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_prints_where_and_exits_non_zero()
    {
        var (exit, text) = Run(false, TestFiles.Path("Edifact", "missing_unt.edi"));
        Assert.Equal(1, exit);
        Assert.Contains("ERROR: message 1 has no UNT before UNH (segment UNH #5, line 1, column", text, StringComparison.Ordinal);
        Assert.Contains("[CONTRL 0085 code 13]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_carries_the_same_facts_for_every_input()
    {
        var (exit, text) = Run(true, TestFiles.Path("Edifact", "ship_crew_list.edi"), TestFiles.Path("Edifact", "unterminated_release.edi"));
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(text);
        var results = doc.RootElement.GetProperty("results");
        Assert.Equal(2, results.GetArrayLength());
        var crew = results[0].GetProperty("manifests")[0];
        Assert.Equal("Sea", crew.GetProperty("conveyance").GetProperty("mode").GetString());
        Assert.Equal("MASTER", crew.GetProperty("travellers")[0].GetProperty("crewFunction").GetString());
        var error = results[1].GetProperty("error");
        Assert.False(results[1].GetProperty("ok").GetBoolean());
        Assert.Equal("NAD", error.GetProperty("segment").GetString());
        Assert.Equal("22", error.GetProperty("controlCode").GetString());
    }

    [Fact]
    public void A_missing_file_is_an_error_not_a_crash()
    {
        var (exit, text) = Run(false, TestFiles.Path("Edifact", "no_such_file.edi"));
        Assert.Equal(1, exit);
        Assert.Contains("ERROR:", text, StringComparison.Ordinal);
    }
}
