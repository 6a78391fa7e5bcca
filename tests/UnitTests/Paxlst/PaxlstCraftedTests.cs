using Gateway.Adapters.Paxlst;
using Gateway.Schemas.Manifests;
using Gateway.UnitTests.Support;

namespace Gateway.UnitTests.Paxlst;

public sealed class PaxlstCraftedTests
{
    private static PaxlstReadResult Read(string file) => PaxlstReader.Read(TestFiles.Bytes("Edifact", file));

    [Fact]
    public void Multi_part_list_delivered_out_of_order_is_assembled_in_part_order()
    {
        var r = Read("multipart_three_parts.edi");
        var m = Assert.Single(r.Manifests);
        Assert.Equal(3, m.Header.Parts);
        Assert.Equal(["TANAKA", "SATO", "WANG", "LI", "NGUYEN"], m.Travellers.Select(t => t.Name.Surname));
        Assert.Equal(5, m.Totals.Passengers);
        Assert.Equal("KE0901/261122/1130", m.Header.CommonAccessReference);
        Assert.Equal("MP1", m.Header.MessageReference);
        Assert.Empty(r.Notes);
    }

    [Fact]
    public void Ship_crew_list_reads_the_vessel_ranks_and_transit_crew()
    {
        var m = Assert.Single(Read("ship_crew_list.edi").Manifests);
        Assert.True(m.IsCrewList);
        var c = m.Conveyance;
        Assert.Equal((TransportMode.Sea, "HMM", "V0425E", "9863297", "HMM ALGECIRAS", "KOR"),
            (c.Mode, c.Carrier, c.JourneyId, c.VehicleId, c.VehicleName, c.VehicleNationality));
        Assert.Equal(["CNSHA", "KRPUS"], c.Legs[0].Points.Select(p => p.Location));
        Assert.Equal(["MASTER", "AB", "OILER"], m.Travellers.Select(t => t.CrewFunction));
        Assert.All(m.Travellers, t => Assert.True(t.IsCrew));
        Assert.True(m.Travellers[2].IsTransit);
        Assert.Equal(("S", "SB1234567", "PHL"), (m.Travellers[1].Documents[0].Type, m.Travellers[1].Documents[0].Number, m.Travellers[1].Documents[0].IssuingState));
        Assert.Equal("KRPUS", m.Travellers[0].Place(LocationQualifiers.Disembarkation));
        Assert.Equal(3, m.Totals.Crew);
        Assert.Equal("HMM AGENCY BUSAN", m.ReportingParty?.Name);
        Assert.Equal([new Contact("82 51 000 0000", "TE"), new Contact("OPS.AT.HMM.TEST", "EM")], m.ReportingParty?.Contacts);
    }

    [Fact]
    public void D02b_and_d12b_lists_of_the_same_traveller_read_the_same_except_what_d12b_adds()
    {
        var d02 = Assert.Single(Read("version_d02b.edi").Manifests);
        var r12 = Read("version_d12b.edi");
        var d12 = Assert.Single(r12.Manifests);
        Assert.Equal(("D:02B", "D:12B"), (d02.Header.Version, d12.Header.Version));
        var t02 = d02.Travellers[0];
        var t12 = d12.Travellers[0];
        Assert.Equal(t02 with { References = t12.References }, t12);
        Assert.Equal(["AVF", "ABO", "SEA"], t12.References.Select(x => x.Qualifier)); // several SG4 RFF
        Assert.Equal("173", t12.Verified);
        Assert.Equal(d02.Conveyance, d12.Conveyance);
        Assert.Equal("OZ0102D12", d12.Header.TransactionReference);
        Assert.Empty(r12.Notes); // header DTM and LOC (D07A+) are expected, not repairs
    }

    [Fact]
    public void Released_characters_reach_the_names()
    {
        var m = Assert.Single(Read("released_characters.edi").Manifests);
        Assert.Equal(["O'BRIEN", "SMITH+JONES", "D'ANGELO"], m.Travellers.Select(t => t.Name.Surname));
        Assert.Equal(["ANNA:MARIA"], m.Travellers[1].Name.GivenNames);
        Assert.Equal("123?456", m.Travellers[1].Documents[0].Number);
        Assert.Equal("OPS+CONTROL", m.ReportingParty?.Name);
    }

    [Fact]
    public void Leg_times_keep_their_qualifiers_and_formats()
    {
        var m = Assert.Single(Read("custom_una.edi").Manifests);
        var leg = Assert.Single(m.Conveyance.Legs);
        Assert.Equal(new MessageDate("2611221130", MessageDate.YymmddHhmm), leg.Points[0].Departure);
        Assert.Equal(new MessageDate("2611221400", MessageDate.YymmddHhmm), leg.Points[1].Arrival);
        Assert.Equal("000000000417", m.Travellers[0].Reference("ABO"));
        Assert.Equal(["MIN*JUN"], m.Travellers[0].Name.GivenNames);
    }

    [Fact]
    public void A_message_of_another_type_is_not_read_as_a_list()
    {
        var text = "UNB+IATA:1+A+B+261122:0915+1'UNH+1+PNRGOV:11:1:IA'MSG+:22'UNT+3+1'UNZ+1+1'"u8.ToArray();
        var e = Assert.Throws<Gateway.Adapters.Edifact.EdifactSyntaxException>(() => PaxlstReader.Read(text));
        Assert.Contains("is a PNRGOV, not a PAXLST", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_without_bgm_is_refused_with_the_message_reference()
    {
        var text = "UNB+UNOA:4+A+B+261122:0915+1'UNH+77+PAXLST:D:05B:UN'NAD+FL+++A:B'UNT+3+77'UNZ+1+1'"u8.ToArray();
        var e = Assert.Throws<Gateway.Adapters.Edifact.EdifactSyntaxException>(() => PaxlstReader.Read(text));
        Assert.Contains("PAXLST message 77 has no BGM", e.Message, StringComparison.Ordinal);
    }
}
