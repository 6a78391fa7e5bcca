using System.Text.Json;
using Gateway.Cli;
using Gateway.UnitTests.Support;

namespace Gateway.UnitTests.Cli;

/// <summary><c>gateway check</c> on CUSRES and CONTRL, and the CONTRL the gateway would answer with.</summary>
public sealed class CheckResponsesTests
{
    private static (int Exit, string Output) Run(bool json, params string[] files)
    {
        using var output = new StringWriter();
        int exit = CheckCommand.Run(files, json, output);
        return (exit, output.ToString());
    }

    [Fact]
    public void A_cusres_prints_its_flight_and_each_passenger_status()
    {
        var (exit, text) = Run(false, TestFiles.Path("Cusres", "response_962_two_passengers.edi"));
        Assert.Equal(0, exit);
        Assert.Contains("CUSRES D:05B response (BGM 962), message R1, transaction YY0815250314A", text, StringComparison.Ordinal);
        Assert.Contains("flight YY0815: FRA 2503141130 -> ORD 2503141335", text, StringComparison.Ordinal);
        Assert.Contains("1. passenger AVF:K7QX2P ABO:000000000417  0Z (OkToBoard)  \"OK TO BOARD\"", text, StringComparison.Ordinal);
        Assert.Contains("2. passenger AVF:M3VB8D ABO:000000000418  1Z (DoNotBoard)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("CONTRL the gateway would answer", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cusres_error_acknowledgement_shows_the_message_level_118()
    {
        var (_, text) = Run(false, TestFiles.Path("Cusres", "error_acknowledgement_118.edi"));
        Assert.Contains("CUSRES D:05B acknowledgement (BGM 312)", text, StringComparison.Ordinal);
        Assert.Contains("1. message   118 (Error)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partner_contrl_is_shown_level_by_level_and_not_answered()
    {
        var (exit, text) = Run(false, TestFiles.Path("Contrl", "partner_contrl_syntax3.edi"));
        Assert.Equal(0, exit);
        Assert.Contains("CONTRL syntax report (syntax 3):", text, StringComparison.Ordinal);
        Assert.Contains("segment 5, element 2, component 1: invalid value (12)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("CONTRL the gateway would answer", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_interchange_shows_the_rejection_the_gateway_would_send()
    {
        var (exit, text) = Run(false, TestFiles.Path("Contrl", "unterminated_release.edi"));
        Assert.Equal(1, exit);
        Assert.Contains("CONTRL the gateway would answer:", text, StringComparison.Ordinal);
        Assert.Contains("interchange I0000103 from YYDCS to BORDERAPI rejected", text, StringComparison.Ordinal);
        Assert.Contains("segment 5: invalid service character(s) (22)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_carries_responses_reports_and_the_reply()
    {
        var (_, text) = Run(true, TestFiles.Path("Cusres", "status_change_132_loc_dtm_pairs.edi"), TestFiles.Path("Contrl", "acknowledgement_requested.edi"),
            TestFiles.Path("Contrl", "unt_count_mismatch.edi"));
        using var doc = JsonDocument.Parse(text);
        var results = doc.RootElement.GetProperty("results");
        var response = results[0].GetProperty("responses")[0];
        Assert.Equal("StatusChange", response.GetProperty("kind").GetString());
        Assert.Equal("Advisory", response.GetProperty("entries")[0].GetProperty("statuses")[0].GetProperty("status").GetString());
        var reply = results[1].GetProperty("contrlReply");
        Assert.Equal("  message M1 (PAXLST:D:05B:UN:IATA) acknowledged", reply[1].GetString());
        // A count deviation read past, unasked: the gateway processes the list and owes no CONTRL (ISO 9735 pairs 29 with a rejection).
        Assert.Equal(0, results[2].GetProperty("contrlReply").GetArrayLength());
    }
}
