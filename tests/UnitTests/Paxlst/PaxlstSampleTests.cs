using Gateway.Adapters.Paxlst;
using Gateway.Schemas.Manifests;

namespace Gateway.UnitTests.Paxlst;

/// <summary>Every shared PAXLST sample, read with its real content checked.</summary>
public sealed class PaxlstSampleTests
{
    private static (Manifest Manifest, IReadOnlyList<string> Notes) Read(string file)
    {
        var r = PaxlstReader.Read(File.ReadAllBytes(SharedPaths.Get("samples", "paxlst", file)));
        return (Assert.Single(r.Manifests), r.Notes.Select(n => n.Code).ToList());
    }

    private static string Route(Manifest m) =>
        string.Join(" ", m.Conveyance.Legs.SelectMany(l => l.Points).Select(p => p.Qualifier + ":" + p.Location));

    [SharedFact]
    public void Ediclean_a_type_b_wrapped_list_with_a_value_split_across_lines()
    {
        var (m, notes) = Read("ediclean_original_A.txt");
        Assert.Equal(47, m.Totals.Passengers); // "CNT+42:4" + line break + "7"
        Assert.Equal("125:VIE 87:VIE", Route(m));
        var t = Assert.Single(m.Travellers);
        Assert.Equal(("DJEMFISJER", "REDJAE", "M", "930408", "ABC"), (t.Name.Surname, t.Name.GivenNames[0], t.Sex, t.BirthDate?.Text, t.Nationality));
        Assert.Equal(("P", "3DEJ2ED3E", "LIM", "280907"), (t.Documents[0].Type, t.Documents[0].Number, t.Documents[0].IssuingState, t.Documents[0].Expiry?.Text));
        Assert.Equal(("ABC123", "9F"), (t.Reference("AVF"), t.Reference("SEA")));
        Assert.Equal(0, t.Bags?.Count);
        Assert.Equal(["EDI-LEADING-TEXT", "EDI-COUNT", "EDI-TRAILING-TEXT", "EDI-LINE-BREAK", "PAX-PART-SEQUENCE"], notes);
    }

    [SharedFact]
    public void Ediclean_b_star_separated_with_hash_terminator()
    {
        var (m, _) = Read("ediclean_original_B.txt");
        Assert.Equal(("B2740", 130), (m.Conveyance.JourneyId, m.Totals.Passengers));
        Assert.Equal("125:VIE 87:FRA", Route(m));
        var t = Assert.Single(m.Travellers);
        Assert.Equal(("AERWDEDE", "F", "AUT", "FER342423"), (t.Name.Surname, t.Sex, t.Nationality, t.Documents[0].Number));
        Assert.Equal(["FERDE", "H"], t.Name.GivenNames);
    }

    [SharedFact]
    public void Ediclean_c_three_passengers_with_bags()
    {
        var (m, _) = Read("ediclean_original_C.txt");
        Assert.Equal(["MULLERSFER", "MULLERSFER", "RDEERF"], m.Travellers.Select(t => t.Name.Surname));
        Assert.Equal(["756178630", "736393519", "730087856"], m.Travellers.Select(t => t.Documents[0].Number));
        Assert.Equal(["151204", "130523", "590610"], m.Travellers.Select(t => t.BirthDate!.Text));
        Assert.Contains(m.Travellers, t => t.Bags is not null);
    }

    [SharedFact]
    public void Ediclean_d_dash_element_separator_and_control_character_framing()
    {
        var (m, notes) = Read("ediclean_original_D.txt");
        Assert.Equal(("FZ", "FZ708", 161), (m.Conveyance.Carrier, m.Conveyance.JourneyId, m.Totals.Passengers));
        var t = Assert.Single(m.Travellers);
        Assert.Equal(("ERFADFEFW", "HTRFFCE", "345234643"), (t.Name.Surname, t.Name.GivenNames[0], t.Documents[0].Number));
        Assert.Contains("EDI-TRAILING-TEXT", notes);
    }

    [SharedFact]
    public void Gtas_test1_crew_list_with_misplaced_cnt_separator()
    {
        var (m, notes) = Read("gtas_loader_Test1.txt");
        Assert.Equal(("250", "C", "D:02B"), (m.DocumentCode, m.DocumentFunction, m.Header.Version));
        Assert.Equal(8, m.Travellers.Count);
        Assert.All(m.Travellers, t => Assert.Equal("FM", t.Role));
        Assert.Equal(("Steur", "Andrea", "F", "780706"), (m.Travellers[0].Name.Surname, m.Travellers[0].Name.GivenNames[0], m.Travellers[0].Sex, m.Travellers[0].BirthDate?.Text));
        Assert.Equal("Zschieschak", m.Travellers[7].Name.Surname);
        Assert.Equal(8, m.Totals.Crew);
        Assert.Equal("125:FRA 87:IAD", Route(m));
        Assert.Equal("UA0989", m.Conveyance.JourneyId);
        Assert.Contains("PAX-CNT-SEPARATOR", notes);
    }

    [SharedFact]
    public void Gtas_airline2_star_separated_one_segment_per_line()
    {
        var (m, notes) = Read("gtas_loader_airline2.edi");
        Assert.Equal(10, m.Travellers.Count);
        Assert.Equal(136, m.Totals.Passengers);
        Assert.Equal(("BETTON", "DAVID", "178556534"), (m.Travellers[0].Name.Surname, m.Travellers[0].Name.GivenNames[0], m.Travellers[0].Documents[0].Number));
        Assert.Equal("LOWE", m.Travellers[9].Name.Surname);
        Assert.Equal("125:BRE 87:YEU", Route(m));
        Assert.Contains("EDI-REFERENCE", notes); // UNT reference "140211180 0"
    }

    [SharedFact]
    public void Gtas_multiple_flight_legs_are_kept_in_order()
    {
        var (m, _) = Read("gtas_loader_multiple_flight_leg_apis.txt");
        Assert.Equal(["QQ877", "QQ827", "QQ827"], m.Conveyance.Legs.Select(l => l.JourneyId));
        Assert.Equal("92:MIA 92:IAD 92:IAD 92:JFK 125:JFK 87:CDG", Route(m));
        Assert.Equal("BART34567890", m.Header.TransactionReference);
        Assert.Equal([("BARRETT", "FRA", "YY3478621G"), ("LANG", "ESP", "TRQWE99800")],
            m.Travellers.Select(t => (t.Name.Surname, t.Nationality!, t.Documents[0].Number)));
        Assert.Equal(2, m.Totals.Passengers);
    }

    [SharedFact]
    public void Smooks_d03b_truck_manifest_with_released_plus_and_apostrophe()
    {
        var (m, _) = Read("smooks_d03b_ace_truck_message_01.edi");
        Assert.Equal(("10", "D:03B"), (m.DocumentCode, m.Header.Version));
        var t = Assert.Single(m.Travellers);
        Assert.Equal(("VW", "AOMAD", "CHRIS"), (t.Role, t.Name.Surname, t.Name.GivenNames[0]));
        Assert.Equal("11107 SUNSET HILL'S ROAD", t.Address?.Street);
        Assert.Equal([("5K", "P100971204141"), ("39", "15504141")], t.Documents.Select(d => (d.Type, d.Number)));
        Assert.Equal("CBP-ACE-TEST", m.Header.Recipient);
    }
}
