using Gateway.Adapters.Edifact;
using Gateway.Schemas.Pnr;

namespace Gateway.UnitTests.Pnrgov;

/// <summary>One test per PNRGOV sample in ../shared/samples/pnrgov, checking what each holds.</summary>
public sealed class PnrgovSampleTests
{
    [SharedFact]
    public void Two_pnrs_basic_reads_both_pnrs_with_split_hotel_and_history()
    {
        var push = PnrFiles.Sample("gtas_loader_2_pnrs_basic.edi").Single();

        Assert.Equal(("10:1", 2, 2), (push.Header.Version, push.DeclaredPnrCount, push.Pnrs.Count));
        var first = push.Pnr("MFN4TI");
        Assert.Equal(["SMITHJR", "JONES"], first.Travellers.Select(t => t.Name.Surname));
        var smith = first.Traveller("SMITHJR");
        Assert.Equal(("123456789", "GBR", "12JUL64", "23AUG19"), (smith.Documents[0].Number, smith.Documents[0].Nationality, smith.Documents[0].BirthDate?.Text, smith.Documents[0].Expiry?.Text));
        Assert.Equal("38739393AN8739P", smith.UniqueId);
        Assert.Equal(new FrequentFlyer("DL", "1234567890", "ELITE"), smith.FrequentFlyers[0]);
        Assert.Equal("TIMOTHY SIMS", smith.Tickets[0].Payments[0].Texts[0].Lines[0]);
        Assert.Equal("AVML", first.Services[0].Code);
        Assert.Contains(new PnrContact("R", "00115555555555", "IFT"), first.Contacts);
        Assert.Equal(["LHR-JFK", "JFK-YVR"], first.Itinerary.Select(l => l.From + "-" + l.To));
        var seat = first.Itinerary[0].CheckIns[0].Travellers[0];
        Assert.Equal(("108", "15A"), (seat.BoardingNumber, seat.Seat));
        Assert.Equal("ABCDEF", first.Splits[0].Locators[0].Locator);
        Assert.Equal("8", first.NonAir[0].Function);
        Assert.Equal(["X", "X", "X", "X", "X", "X", "A", "A", "A", "A", "A", "A"], first.History[0].Actions.Select(a => a.Action));
        var second = push.Pnr("23456");
        Assert.Equal("987654321", second.Traveller("COOPER").Documents[0].Number);
        Assert.Equal(("COOPER", "15A"), (second.Itinerary[0].CheckIns[0].Travellers[0].Name?.Surname, second.Itinerary[0].CheckIns[0].Travellers[0].Seat));
    }

    [SharedFact]
    public void Three_pnrs_reads_group_booking_infant_and_document_addresses()
    {
        var push = PnrFiles.Sample("gtas_loader_3_pnrs.edi").Single();

        Assert.Equal((3, 3), (push.DeclaredPnrCount, push.Pnrs.Count));
        Assert.Equal(["W9TEND", "D1RGHI", "GBFKSK"], push.Pnrs.Select(p => p.RecordLocator));
        var family = push.Pnr("D1RGHI");
        var infant = family.Traveller("DYE", "ARCHER");
        Assert.True(infant.IsInfant);
        Assert.Equal(("654321987", "MI", "15APR12"), (infant.Documents[0].Number, infant.Documents[0].Gender, infant.Documents[0].BirthDate?.Text));
        Assert.Equal("1", family.Traveller("DYE", "KAYLAMS").Name.InfantIndicator);
        var doca = family.Traveller("DYE", "DOLANMR").DocumentAddresses[0];
        Assert.Equal(("AUS", "13 SHORE AVENUE", "BROADBEACH", "4215"), (doca.Country, doca.Street, doca.City, doca.PostalCode));
        Assert.Equal(["LHR-SIN", "SIN-OOL", "OOL-SIN", "SIN-LHR"], family.Itinerary.Select(l => l.From + "-" + l.To));
        var group = push.Pnr("GBFKSK");
        Assert.Equal(("ACME TEAM PARTY", "G"), (group.Travellers[0].Name.Surname, group.Travellers[0].Name.SurnameQualifier));
        Assert.Equal(10, group.Travellers.Count);
    }

    [SharedFact]
    public void Infant_sample_gives_the_infant_her_own_passport_bags_and_history_lines()
    {
        var result = PnrFiles.Sample("gtas_loader_infant.edi");
        var pnr = result.Single().Pnr("3PGZOV");

        Assert.Contains(result.Notes, n => n.Code == "EDI-UNA-TERMINATOR");
        var mother = pnr.Traveller("BELT", "ISABELLE MRS");
        var infant = pnr.Traveller("BELT", "SOPHY");
        Assert.Equal("509229987", Assert.Single(mother.Documents).Number);
        var own = Assert.Single(infant.Documents); // sent twice (adult's group, leg); "BEL T" from a wrapped line is the same name
        Assert.Equal(("512731999", "FI", "20SEP12"), (own.Number, own.Gender, own.BirthDate?.Text));
        var checkIns = pnr.Itinerary[0].CheckIns[0].Travellers;
        Assert.Equal(["SIN-168", "SIN-169"], checkIns.Select(c => c.BoardingNumber));
        var bags = checkIns[0].Bags[0];
        Assert.Equal((3, 33m, "700", "HP"), (bags.Count, bags.Weight, bags.Unit, bags.Pool));
        Assert.Equal(["0123456789", "0123456788", "0123456787"], bags.Tags.Select(t => t.FirstTag));
        Assert.Equal("011D", checkIns[1].Seat);
        Assert.True(pnr.HistoryLines.Count > 40);
    }

    [SharedFact]
    public void Multiple_flight_leg_sample_reads_four_legs_with_code_share_and_bags()
    {
        var result = PnrFiles.Sample("gtas_loader_multiple_flight_leg_pnr.txt");
        var push = result.Single();

        Assert.Equal(("FRA", "IAD", "1505"), (push.Flight.From, push.Flight.To, push.Flight.Arrival?.Time));
        Assert.Contains(result.Notes, n => n.Code == "PNR-TVL-TIME");
        Assert.Contains(result.Notes, n => n.Code == "PNR-COUNT" && n.Message.Contains("2 PNR(s) but 1", StringComparison.Ordinal));
        var pnr = push.Pnr("80F4E3");
        Assert.Equal("110318", pnr.Locators[0].Created?.Date?.Text);
        Assert.Equal(["IAD-FRA", "FRA-KWI", "KWI-FRA", "FRA-IAD"], pnr.Itinerary.Select(l => l.From + "-" + l.To));
        Assert.Equal([false, true, true, false], pnr.Itinerary.Select(l => l.IsCodeShare));
        Assert.Equal(("LH", "624"), (pnr.Itinerary[1].OperatingCarrier, pnr.Itinerary[1].Operating?.FlightNumber));
        Assert.Equal(("26K", "43E"), (pnr.Itinerary[3].CheckIns[0].Travellers[0].Seat, pnr.Itinerary[3].CheckIns[0].Travellers[1].Seat));
        Assert.Equal((1, 37m, "701"), (pnr.Itinerary[0].CheckIns[0].Travellers[0].Bags[0].Count, pnr.Itinerary[0].CheckIns[0].Travellers[0].Bags[0].Weight, pnr.Itinerary[0].CheckIns[0].Travellers[0].Bags[0].Unit));
        Assert.Equal("STACY_CHENNAPRAGADA@GMAIL.COM", pnr.Traveller("CHENNAPRAGADA").Contacts[0].Value);
        Assert.Equal("25084013", pnr.Traveller("CHENNAPRAGADA").Documents[0].Number);
    }

    [SharedFact]
    public void No_history_sample_reads_three_pnrs_with_two_locators_and_code_share()
    {
        var push = PnrFiles.Sample("gtas_loader_no_pnr_history.edi").Single();

        Assert.Equal((3, 3), (push.DeclaredPnrCount, push.Pnrs.Count));
        var first = push.Pnr("3MZVP2");
        Assert.Equal(["1A:3MZVP2", "AC:P46KA5"], first.Locators.Select(l => l.Carrier + ":" + l.Locator));
        var leg = first.Itinerary[0];
        Assert.Equal(("AC", "LH", "9099", "474"), (leg.MarketingCarrier, leg.OperatingCarrier, leg.FlightNumber, leg.Operating?.FlightNumber));
        Assert.True(leg.IsCodeShare);
        Assert.Equal("21APR66", first.Traveller("JACKS").Documents[0].BirthDate?.Text);
        var carrera = push.Pnr("33O6DK").Traveller("CARRERA");
        Assert.Equal(("YA0196755", "IT", "17APR80"), (carrera.Documents[0].Number, carrera.Documents[0].Nationality, carrera.Documents[0].BirthDate?.Text));
        Assert.Equal(new FrequentFlyer("LH", "992223782028813", null), carrera.FrequentFlyers[0]);
        Assert.Equal(["DORON", "LENDROT"], push.Pnr("35K2IO").Travellers.Select(t => t.Name.Surname));
    }

    [SharedFact]
    public void Pnr1_sample_reads_guide_example_with_eqn_mismatch_noted()
    {
        var result = PnrFiles.Sample("gtas_loader_pnr1.txt");
        var push = result.Single();

        Assert.Equal(("10:1", 2), (push.Header.Version, push.DeclaredPnrCount));
        var pnr = Assert.Single(push.Pnrs);
        Assert.Equal("MFN4TI", pnr.RecordLocator);
        Assert.Equal(["SMITHJR", "JONES"], pnr.Travellers.Select(t => t.Name.Surname));
        Assert.Equal(("GBR", "WILLIAMNEVELL", null), (pnr.Traveller("JONES").Documents[0].Nationality, pnr.Traveller("JONES").Documents[0].GivenName, pnr.Traveller("JONES").Documents[0].Number));
        Assert.Contains(result.Notes, n => n.Code == "PNR-COUNT");
        Assert.Contains(result.Notes, n => n.Code == "EDI-LINE-BREAK");
    }

    [SharedFact]
    public void Pnr3_sample_reads_four_travellers_and_seats_on_three_legs()
    {
        var pnr = PnrFiles.Sample("gtas_loader_pnr3.txt").Single().Pnr("52865E");

        Assert.Equal(["DOOLIN", "CHISOLM", "WOO", "FENWICK"], pnr.Travellers.Select(t => t.Name.Surname));
        var woo = pnr.Traveller("WOO").Documents[0];
        Assert.Equal((null, "ERI", "270398251", "PAK"), (woo.Type, woo.IssuingState, woo.Number, woo.Nationality));
        Assert.Equal(["FRA-OSL", "OSL-FRA", "FRA-IAD"], pnr.Itinerary.Select(l => l.From + "-" + l.To));
        Assert.Equal("48D", pnr.Itinerary[2].CheckIns[0].Travellers[0].Seat);
        Assert.Equal(4, pnr.Itinerary[0].CheckIns[0].Travellers.Count);
        Assert.Equal(["XXX::1", "XXX::2", "XXX::3", "XXX::4"], pnr.Itinerary[0].Services[0].Details.Select(d => $"{d.Value}::{d.TravellerReference}"));
    }

    [SharedFact]
    public void Big_message_sample_reads_seven_travellers_with_bags_on_two_legs()
    {
        var result = PnrFiles.Sample("gtas_parsers_bigMessagePnr.txt");
        var pnr = result.Single().Pnr("86C92D");

        Assert.Equal(7, pnr.Travellers.Count);
        Assert.Equal(("813281747", "12AUG98"), (pnr.Traveller("HOLCOMBE").Documents[0].Number, pnr.Traveller("HOLCOMBE").Documents[0].BirthDate?.Text));
        Assert.Equal("LORELEI.HOLCOMBE@HOTMAIL.COM", pnr.Traveller("HOLCOMBE").Contacts[0].Value);
        Assert.Equal(["WDH-ADD", "ADD-FRA", "FRA-IAD"], pnr.Itinerary.Select(l => l.From + "-" + l.To));
        var bags = pnr.Itinerary[0].CheckIns[0].Travellers.SelectMany(t => t.Bags).ToList();
        Assert.Equal(11, bags.Sum(b => b.Count));
        Assert.Equal("0447", bags[0].Tags[0].FirstTag);
        Assert.Contains(result.Notes, n => n.Code == "PNR-COUNT" && n.Message.Contains("7 PNR(s) but 1", StringComparison.Ordinal));
    }

    [SharedFact]
    public void Code_share_sample_reads_TRA_and_operating_TVL_forms()
    {
        var result = PnrFiles.Sample("gtas_parsers_modifyPnr77ForCodeShare.txt");
        var pnr = result.Single().Pnr("W9TEND");

        Assert.Equal(6, pnr.Itinerary.Count);
        var sq = pnr.Itinerary[0];
        Assert.Equal(("SQ", "SK", "5678", "SK", "1524", "W"), (sq.MarketingCarrier, sq.OperatingCarrier, sq.FlightNumber, sq.Operating?.Carrier, sq.Operating?.FlightNumber, sq.Operating?.BookingClass));
        var dl = pnr.Itinerary[1];
        Assert.Equal(("DL", "KL", "8976", "972"), (dl.MarketingCarrier, dl.OperatingCarrier, dl.FlightNumber, dl.Operating?.FlightNumber));
        Assert.Equal([true, true, false, false, false, false], pnr.Itinerary.Select(l => l.IsCodeShare));
        Assert.Equal("548721687", pnr.Traveller("VANDENBERG").Documents[0].Number);
        Assert.Equal("GN FROM NONE TO ACME TEAM PARTY", pnr.History[^1].Actions[^1].Segments[^1].Value(2));
        Assert.Contains(result.Notes, n => n.Code == "PNR-GLUED-SEGMENT" && n.Tag == "RPI");
    }

    [SharedFact]
    public void Address_and_CTCM_sample_reads_mobile_from_address_and_email_from_OSI()
    {
        var pnr = PnrFiles.Sample("gtas_parsers_pnrAddressPhoneCTCM.txt").Single().Pnr("7C789A");

        Assert.Contains(new PnrContact("M", "5432109876", "ADD"), pnr.Contacts);
        Assert.Equal(("8095 KIRBY AVENUE", "RIO DE JANEIRO", "BR"), (pnr.Addresses[0].Street, pnr.Addresses[0].City, pnr.Addresses[0].Country));
        Assert.Equal(new PnrContact("E", "MOLLY_LONT+50BB@GMAIL.COM", "IFT"), Assert.Single(pnr.Traveller("LOBB").Contacts));
    }

    [SharedFact]
    public void Phone_CTCM_sample_reads_mobile_with_carrier_prefix()
    {
        var pnr = PnrFiles.Sample("gtas_parsers_pnrPhoneCTCM.txt").Single().Pnr("7C789A");

        var lobb = pnr.Traveller("LOBB");
        Assert.Contains(new PnrContact("M", "123456789", "IFT"), lobb.Contacts);
        Assert.Contains(lobb.Contacts, c => c.Kind == "E" && c.Value.EndsWith("@GMAIL.COM", StringComparison.Ordinal));
        Assert.Equal(("DL", "IAD"), (pnr.Booker?.Company, pnr.Booker?.Location));
    }

    [SharedFact]
    public void Bad_format_sample_is_read_whole_with_the_repaired_end_reported()
    {
        // Identical to pnrMessagePg76 except: the final UNZ has no terminator and a blank line and prose follow it.
        var result = PnrFiles.Sample("gtas_parsers_pnrBadFormat.txt");

        var same = PnrFiles.Sample("gtas_parsers_pnrMessagePg76.txt").Single();
        Assert.Equal(same.Pnrs, result.Single().Pnrs);
        var repaired = Assert.Single(result.Notes, n => n.Code == "PNR-END-REPAIRED");
        Assert.Equal(("UNZ", 28, 1), (repaired.Tag, repaired.Position.Line, repaired.Position.Column));
        Assert.Contains("nothing of the push is missing", repaired.Message, StringComparison.Ordinal);
        Assert.Contains(result.Notes, n => n.Code == "EDI-TRAILING-TEXT");
    }

    [SharedFact]
    public void Page_75_sample_splits_glued_segments_and_attaches_leg_level_documents()
    {
        var result = PnrFiles.Sample("gtas_parsers_pnrMessagePg75.txt");
        var push = result.Single();

        Assert.Equal(["2LS6KP", "X49V9U"], push.Pnrs.Select(p => p.RecordLocator));
        var park = push.Pnr("2LS6KP").Traveller("PARK");
        Assert.Equal(["KR", "KOR"], park.Documents.Select(d => d.Nationality));
        Assert.Equal(DocumentSources.Leg, park.Documents[1].Source);
        var leg = push.Pnr("2LS6KP").Itinerary[0];
        Assert.Equal(("KE", "SQ", "609", "303"), (leg.MarketingCarrier, leg.OperatingCarrier, leg.FlightNumber, leg.Operating?.FlightNumber));
        var kim = push.Pnr("X49V9U");
        Assert.Equal(("700", "0726"), (kim.Dates[0].Qualifier, kim.Dates[0].Value?.Time));
        Assert.Equal("KIM", kim.Travellers[0].Name.Surname);
        Assert.Equal("014A", kim.Itinerary[0].CheckIns[0].Travellers[0].Seat);
        Assert.Equal("752", kim.Itinerary[0].Operating?.FlightNumber);
        Assert.Equal(4, result.Notes.Count(n => n.Code == "PNR-GLUED-SEGMENT"));
    }

    [SharedFact]
    public void Page_76_sample_reads_two_travellers_with_birth_dates_only()
    {
        var pnr = PnrFiles.Sample("gtas_parsers_pnrMessagePg76.txt").Single().Pnr("35K2IO");

        Assert.Equal(["1A:35K2IO", "1S:EVFSDI"], pnr.Locators.Select(l => l.Carrier + ":" + l.Locator));
        Assert.Equal(["05FEB53", "14FEB52"], pnr.Travellers.Select(t => t.Documents[0].BirthDate?.Text));
        Assert.All(pnr.Travellers, t => Assert.Null(t.Documents[0].Number));
        Assert.Equal(["3204694511", "3204694509"], pnr.Travellers.Select(t => t.Tickets[0].Number));
        Assert.Equal(("MUC", "YUL", "474", "W"), (pnr.Itinerary[0].From, pnr.Itinerary[0].To, pnr.Itinerary[0].FlightNumber, pnr.Itinerary[0].BookingClass));
    }

    [SharedFact]
    public void Page_77_sample_reads_taxes_payment_and_history()
    {
        var pnr = PnrFiles.Sample("gtas_parsers_pnrMessagePg77.txt").Single().Pnr("W9TEND");

        var kevin = pnr.Traveller("VANDENBERG");
        var doc = kevin.Documents[0];
        Assert.Equal(("548721687", "USA", "04JUL80", "VANDENBERG", "KEVIN", "MICHAEL"), (doc.Number, doc.Nationality, doc.BirthDate?.Text, doc.Surname, doc.GivenName, doc.MiddleName));
        var ticket = kevin.Tickets[0];
        Assert.Equal(8, ticket.Taxes.Count);
        Assert.Equal(new MonetaryAmount("T", "1999.99", "SGD"), ticket.Amounts[1]);
        Assert.Equal(("CA", "1999.99"), (ticket.Payments[0].Type, ticket.Payments[0].Amount));
        Assert.Equal(3, pnr.History.Count);
        Assert.Equal(["SIN-OOL", "OOL-SIN"], pnr.Itinerary.Select(l => l.From + "-" + l.To));
    }

    [SharedFact]
    public void No_org_msg_sample_is_read_by_its_content_and_says_so()
    {
        // Identical to pnrAddressPhoneCTCM except that MSG+:22 and ORG are missing from level 0.
        var result = PnrFiles.Sample("gtas_parsers_pnrNoOrgMsg.txt");
        var push = result.Single();

        var same = PnrFiles.Sample("gtas_parsers_pnrAddressPhoneCTCM.txt").Single();
        Assert.Equal(same.Pnrs, push.Pnrs);
        Assert.Equal(same.Flight, push.Flight);
        Assert.Null(push.MessageFunction);
        Assert.False(push.IsUpdate);
        Assert.Null(push.Originator);
        var missing = Assert.Single(result.Notes, n => n.Code == "PNR-MSG-MISSING");
        Assert.Equal(("TVL", 3), (missing.Tag, missing.Position.Line));
        Assert.Contains("taken by its content", missing.Message, StringComparison.Ordinal);
        Assert.Contains(result.Notes, n => n.Code == "PNR-ORG-MISSING");
    }

    [SharedFact]
    public void With_bags_sample_reads_127_pnrs_and_every_bag_record()
    {
        var result = PnrFiles.Sample("gtas_parsers_pnrWithBags.txt");
        var push = result.Single();

        Assert.Equal(127, push.Pnrs.Count);
        Assert.Equal(268, push.Pnrs.Sum(p => p.Travellers.Count));
        var bags = push.Pnrs.SelectMany(p => p.Itinerary).SelectMany(l => l.CheckIns).SelectMany(c => c.Travellers).SelectMany(t => t.Bags).ToList();
        Assert.Equal(510, bags.Count);
        Assert.All(bags, b => Assert.Equal("701", b.Unit));
        Assert.Equal(("FENNER", "448763368"), (push.Pnr("157313").Travellers[0].Name.Surname, push.Pnr("157313").Travellers[0].Documents[0].Number));
        Assert.Contains(result.Notes, n => n.Code == "PNR-COUNT" && n.Message.Contains("1 PNR(s) but 127", StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.Code == "PNR-RCI-LAYOUT" && n.Message.StartsWith("124 more", StringComparison.Ordinal));
    }

    [SharedFact]
    public void Prefixes_and_booking_bags_sample_reads_titles_in_names_and_bags_per_leg()
    {
        var pnr = PnrFiles.Sample("gtas_parsers_pnrWithPrefixesAndBookingDetailBags.txt").Single().Pnr("8A4E83");

        Assert.Equal(["YORDAMRS", "FNANMRS"], pnr.Travellers.Select(t => t.Name.GivenName));
        Assert.Equal(("182291927", "CHN", "18JUN97"), (pnr.Traveller("ADONAY").Documents[0].Number, pnr.Traveller("ADONAY").Documents[0].IssuingState, pnr.Traveller("ADONAY").Documents[0].BirthDate?.Text));
        var firstLeg = pnr.Itinerary[0].CheckIns[0].Travellers;
        Assert.Equal([(1, 40m), (1, 33m)], firstLeg.Select(t => (t.Bags[0].Count ?? 0, t.Bags[0].Weight ?? 0)));
        Assert.Equal(("UA", "0506", "KWI"), (firstLeg[0].Bags[0].Tags[0].Carrier, firstLeg[0].Bags[0].Tags[0].FirstTag, firstLeg[0].Bags[0].Tags[0].Destination));
        Assert.Equal(("8A", "6C"), (pnr.Itinerary[3].CheckIns[0].Travellers[0].Seat, pnr.Itinerary[3].CheckIns[0].Travellers[1].Seat));
    }
}
