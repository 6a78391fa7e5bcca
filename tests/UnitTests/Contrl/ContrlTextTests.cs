using Gateway.Adapters.Contrl;
using Gateway.Adapters.Edifact;

namespace Gateway.UnitTests.Contrl;

public sealed class ContrlTextTests
{
    [Fact]
    public void Description_names_each_level_with_the_meaning_of_its_codes()
    {
        var report = ContrlReader.Read(ContrlFiles.Crafted("partner_contrl_syntax3.edi")).Reports[0];
        Assert.Equal(
            [
                "interchange R0004711 from BORDERAPI:ZZ to YYDCS:ZZ acknowledged",
                "  message R1 (CUSRES:D:05B:UN:IATA) rejected",
                "    segment 5: invalid value (12)",
                "    segment 5, element 2, component 1: invalid value (12)",
                "    segment 9: too many repetitions (35)",
            ], ContrlText.Describe(report));
    }

    [Fact]
    public void Description_of_a_trailer_deviation_names_the_service_segment_and_element()
    {
        var read = EdifactReader.Read(ContrlFiles.Crafted("unt_count_mismatch.edi"));
        var lines = ContrlText.Describe(ContrlResponder.Acknowledge(read, new ContrlOptions { RejectDeviations = true })!);
        Assert.Equal("  message M1 (PAXLST:D:05B:UN:IATA) rejected: UNT, element 1: control count does not match number of instances received (29)", lines[1]);
    }
}
