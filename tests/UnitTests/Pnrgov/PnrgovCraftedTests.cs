using Gateway.Adapters.Edifact;
using Gateway.Adapters.Pnrgov;
using Gateway.Schemas;
using Gateway.Schemas.Pnr;

namespace Gateway.UnitTests.Pnrgov;

/// <summary>Behaviours of the PNRGOV reader on the project's own files (no ../shared needed).</summary>
public sealed class PnrgovCraftedTests
{
    [Fact]
    public void Infant_document_sent_in_the_adults_group_goes_to_the_infant()
    {
        var pnr = PnrFiles.Crafted("infant.edi").Single().Pnr("ABC123");

        var adult = pnr.Traveller("HONG", "GILDONG MR");
        var infant = pnr.Traveller("HONG", "AGI");
        Assert.True(infant.IsInfant);
        Assert.Equal("2", infant.Name.ReferenceNumber);
        Assert.Equal("1", adult.Name.InfantIndicator);
        Assert.Equal("M12345678", Assert.Single(adult.Documents).Number);
        var doc = Assert.Single(infant.Documents);
        Assert.Equal(("M87654321", "MI", "02JAN25"), (doc.Number, doc.Gender, doc.BirthDate?.Text));
        Assert.True(doc.IsInfant);
        Assert.Equal(DocumentSources.Traveller, doc.Source);
    }

    [Fact]
    public void Push_level_flight_and_header_are_read()
    {
        var push = PnrFiles.Crafted("infant.edi").Single();

        Assert.Equal(PushFunctions.Full, push.MessageFunction);
        Assert.False(push.IsUpdate);
        Assert.Equal(("KE", "0907", "NRT", "ICN"), (push.Flight.MarketingCarrier, push.Flight.FlightNumber, push.Flight.From, push.Flight.To));
        Assert.Equal(("010326", "1200", "1430"), (push.Flight.Departure?.Date?.Text, push.Flight.Departure?.Time, push.Flight.Arrival?.Time));
        Assert.Equal(1, push.DeclaredPnrCount);
        Assert.Equal(("KE", "KRIMM", "13:1", "KE0907/010326/1200", 1), (push.Header.Sender, push.Header.Recipient, push.Header.Version, push.Header.CommonAccessReference, push.Header.Parts));
        Assert.Equal("KE", push.Originator?.Company);
        var created = push.Pnrs[0].Locators[0].Created!;
        Assert.True(PnrDateFormats.TryGetDate(created.Date!, new DateOnly(2026, 3, 1), CenturyRule.Nearest, out var day));
        Assert.Equal(new DateOnly(2026, 2, 15), day);
    }

    [Fact]
    public void Code_share_leg_names_marketing_and_operating_flight_from_TRA()
    {
        var pnr = PnrFiles.Crafted("codeshare_checkin.edi").Single().Pnr("CSX001");

        var leg = pnr.Itinerary[0];
        Assert.True(leg.IsCodeShare);
        Assert.Equal(("NH", "OZ", "6971"), (leg.MarketingCarrier, leg.OperatingCarrier, leg.FlightNumber));
        Assert.Equal(new OperatingFlight("OZ", "0102", "Y", "TRA"), leg.Operating);
        Assert.Equal(("1", "HK", "333"), (leg.PartySize, leg.Status, leg.Equipment));
    }

    [Fact]
    public void Operating_flight_TVL_after_a_code_share_leg_is_not_a_new_leg()
    {
        var pnr = PnrFiles.Crafted("codeshare_checkin.edi").Single().Pnr("CSX001");

        Assert.Equal(2, pnr.Itinerary.Count);
        var leg = pnr.Itinerary[1];
        Assert.Equal(("KE", "7C", "1101"), (leg.MarketingCarrier, leg.OperatingCarrier, leg.FlightNumber));
        Assert.Equal(new OperatingFlight(null, "1901", "M", "TVL"), leg.Operating);
        Assert.True(leg.IsCodeShare);
        Assert.Equal("HK", leg.Status);
    }

    [Fact]
    public void Check_in_group_gives_seat_bags_with_weight_pool_and_tags()
    {
        var pnr = PnrFiles.Crafted("codeshare_checkin.edi").Single().Pnr("CSX001");

        var checkIn = Assert.Single(pnr.Itinerary[0].CheckIns);
        Assert.Equal("2", checkIn.Dates[0].Qualifier);
        Assert.Equal("0830", checkIn.Dates[0].Value?.Time);
        Assert.Equal(("OZ", "A"), (checkIn.Agent?.Company, checkIn.Agent?.OriginatorType));
        var pax = Assert.Single(checkIn.Travellers);
        Assert.Equal(("NRT-042", "1", "TANAKA", "31A", "Y"), (pax.BoardingNumber, pax.TravellerReference, pax.Name?.Surname, pax.Seat, pax.Cabin));
        var bags = Assert.Single(pax.Bags);
        Assert.Equal((2, 37.5m, "700", "HP", "NRT-042"), (bags.Count, bags.Weight, bags.Unit, bags.Pool, bags.PoolReference));
        Assert.Equal(new BagTagRange("OZ", "0988123456", "2", "ICN", null), Assert.Single(bags.Tags));
    }

    [Fact]
    public void Traveller_group_gives_documents_visa_address_contacts_loyalty_and_ticket()
    {
        var t = PnrFiles.Crafted("codeshare_checkin.edi").Single().Pnr("CSX001").Traveller("TANAKA");

        var doc = Assert.Single(t.Documents);
        Assert.Equal(("P", "JPN", "TR1234567", "JPN", "07JUL90", "F", "06JUL30"),
            (doc.Type, doc.IssuingState, doc.Number, doc.Nationality, doc.BirthDate?.Text, doc.Gender, doc.Expiry?.Text));
        Assert.Equal(("TANAKA", "HANAKO", null), (doc.Surname, doc.GivenName, doc.MiddleName));
        var visa = Assert.Single(t.Visas);
        Assert.Equal(("V", "K9988776", "KOR", "01FEB26"), (visa.Type, visa.Number, visa.ApplicableState, visa.IssueDate?.Text));
        var address = Assert.Single(t.DocumentAddresses);
        Assert.Equal(("D", "KOR", "1 SEJONG-DAERO", "SEOUL", null, "04524"), (address.Type, address.Country, address.Street, address.City, address.Region, address.PostalCode));
        Assert.Equal(new PnrContact("M", "819012345678", "SSR"), Assert.Single(t.Contacts));
        Assert.Equal(new FrequentFlyer("NH", "1234567890", "SFC"), Assert.Single(t.FrequentFlyers));
        var ticket = Assert.Single(t.Tickets);
        Assert.Equal(("9882401234567", "T"), (ticket.Number, ticket.Type));
        Assert.Contains(new MonetaryAmount("T", "95000", "JPY"), ticket.Amounts);
        Assert.Equal(new Tax("15000", "JPY", "SW"), Assert.Single(ticket.Taxes));
        var payment = Assert.Single(ticket.Payments);
        Assert.Equal(("CC", "VI", "XXXXXXXXXXXX1234", "0829"), (payment.Type, payment.Vendor, payment.Account, payment.Expiry));
        Assert.Equal("TANAKA HANAKO", Assert.Single(payment.Texts).Lines[0]);
    }

    [Fact]
    public void Pnr_level_document_with_a_traveller_reference_is_attached_to_that_traveller()
    {
        var pnr = PnrFiles.Crafted("docs_outside_traveller.edi").Single().Pnr("DOCPNR");

        var smith = pnr.Traveller("SMITH");
        var doc = Assert.Single(smith.Documents);
        Assert.Equal(("570001111", "USA", DocumentSources.Pnr, "2"), (doc.Number, doc.Nationality, doc.Source, doc.TravellerReference));
    }

    [Fact]
    public void Leg_level_document_repeating_the_travellers_own_is_kept_once_and_leg_level_visa_is_attached()
    {
        var pnr = PnrFiles.Crafted("docs_outside_traveller.edi").Single().Pnr("DOCPNR");

        var brown = pnr.Traveller("BROWN");
        Assert.Equal("533445566", Assert.Single(brown.Documents).Number);
        var visa = Assert.Single(brown.Visas);
        Assert.Equal(("KV0001234", DocumentSources.Leg), (visa.Number, visa.Source));
    }

    [Fact]
    public void Document_referencing_no_traveller_stays_at_pnr_level_with_a_note()
    {
        var result = PnrFiles.Crafted("docs_outside_traveller.edi");
        var pnr = result.Single().Pnr("DOCPNR");

        var doc = Assert.Single(pnr.UnassignedDocuments);
        Assert.Equal(("AB1234567", "9"), (doc.Number, doc.TravellerReference));
        var note = Assert.Single(result.Notes, n => n.Code == "PNR-DOCS-UNASSIGNED");
        Assert.Equal(10, note.Position.Line);
    }

    [Fact]
    public void Split_pnr_non_air_history_and_history_lines_are_kept()
    {
        var pnr = PnrFiles.Crafted("split_history_nonair.edi").Single().Pnr("SPL001");

        var split = Assert.Single(pnr.Splits);
        Assert.Equal(("1", "SPL002"), (split.Count, split.Locators[0].Locator));
        var hotel = Assert.Single(pnr.NonAir);
        Assert.Equal("8", hotel.Function);
        Assert.Equal("HARBOUR HOTEL", hotel.Segments[0].Value(2, 1));
        var credit = Assert.Single(pnr.History);
        Assert.Equal("T", credit.Dates[0].Qualifier);
        Assert.Equal(["X", "A"], credit.Actions.Select(a => a.Action));
        Assert.Equal("LEE", credit.Actions[0].Segments[0].Value(1));
        Assert.Equal(["TVL", "RPI"], credit.Actions[1].Segments.Select(s => s.Tag));
        Assert.StartsWith("0/O/SP/SPLIT", Assert.Single(pnr.HistoryLines).Value(1));
        Assert.Equal(2, pnr.Travellers.Count);
        Assert.Single(pnr.Itinerary);
    }

    [Fact]
    public void Multi_part_push_is_assembled_into_one_push_with_all_pnrs()
    {
        var result = PnrFiles.Crafted("multipart.edi");

        var push = result.Single();
        Assert.Equal(2, push.Header.Parts);
        Assert.Equal(3, push.DeclaredPnrCount);
        Assert.Equal(["MPA001", "MPA002", "MPA003"], push.Pnrs.Select(p => p.RecordLocator));
        Assert.DoesNotContain(result.Notes, n => n.Code.StartsWith("PNR-", StringComparison.Ordinal));
    }

    [Fact]
    public void Multi_part_push_without_its_final_part_is_read_with_a_note()
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Pnrgov", "multipart.edi"));
        int cut = text.IndexOf("UNH+MP2", StringComparison.Ordinal);
        string firstPartOnly = text[..cut] + "UNZ+1+MP0001'";

        var result = PnrgovReader.Read(EdifactReader.Read(firstPartOnly));

        Assert.Equal(2, result.Single().Pnrs.Count);
        Assert.Contains(result.Notes, n => n.Code == "PNR-PART-FINAL-MISSING");
        Assert.Contains(result.Notes, n => n.Code == "PNR-COUNT" && n.Message.Contains("3 PNR(s) but 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Cancellation_in_an_update_push_is_SRC_RCI_and_an_empty_ORG()
    {
        var push = PnrFiles.Crafted("cancellation_update.edi").Single();

        Assert.True(push.IsUpdate);
        Assert.True(push.Pnr("CXL001").IsCancellation);
        Assert.False(push.Pnr("CHG001").IsCancellation);
        Assert.Equal("YOON", Assert.Single(push.Pnr("CHG001").Travellers).Name.Surname);
    }

    [Fact]
    public void Glued_segments_are_split_and_noted()
    {
        var result = PnrFiles.Crafted("glued_segments.edi");
        var pnr = result.Single().Pnr("GLU001");

        Assert.Equal("700", pnr.Dates[0].Qualifier);
        Assert.Equal(("1A", "SG", "ABCD"), (pnr.Booker?.Company, pnr.Booker?.Country, pnr.Booker?.AgentSign));
        var tan = pnr.Traveller("TAN");
        Assert.Equal("E1234567X", Assert.Single(tan.Documents).Number);
        Assert.Equal("MEI LING", tan.Documents[0].GivenName);
        var leg = Assert.Single(pnr.Itinerary);
        Assert.Equal(("SIN", "ICN", "HK"), (leg.From, leg.To, leg.Status));
        Assert.Equal("SEAT BY WINDOW", Assert.Single(leg.Texts).Lines[0]);
        Assert.Equal(4, result.Notes.Count(n => n.Code == "PNR-GLUED-SEGMENT"));
    }

    [Fact]
    public void Traveller_before_the_first_SRC_is_an_error_at_that_segment()
    {
        var e = Assert.Throws<EdifactSyntaxException>(() => PnrFiles.Crafted("level0_tif_before_src.edi"));

        Assert.Equal(("TIF", 7, 7, 1), (e.Tag, e.SegmentNumber, e.Position.Line, e.Position.Column));
        Assert.Contains("each PNR starts with SRC", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Push_without_the_flight_TVL_is_an_error_naming_what_came_instead()
    {
        var e = Assert.Throws<EdifactSyntaxException>(() => PnrFiles.Crafted("level0_no_flight.edi"));

        Assert.Equal(("EQN", 5), (e.Tag, e.Position.Line));
        Assert.Contains("no flight TVL", e.Message, StringComparison.Ordinal);
        Assert.Equal(SyntaxCodes.Missing, e.ControlCode);
    }

    [Fact]
    public void Newer_version_is_read_with_a_note_and_unknown_segments_are_kept()
    {
        var result = PnrFiles.Crafted("version16.edi");

        var pnr = result.Single().Pnr("NEW016");
        Assert.Equal("OH", Assert.Single(pnr.Travellers).Name.Surname);
        Assert.Equal("FUTURE", Assert.Single(pnr.Other).Value(1));
        Assert.Contains(result.Notes, n => n.Code == "PNR-VERSION" && n.Message.Contains("16:1", StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.Code == "PNR-OUT-OF-PLACE" && n.Tag == "XYZ" && n.Position.Line == 10);
    }

    [Fact]
    public void A_paxlst_is_not_a_pnrgov_push()
    {
        const string paxlst = "UNB+UNOA:4+A+B+260101:0000+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+3+1'UNZ+1+1'";

        var e = Assert.Throws<EdifactSyntaxException>(() => PnrgovReader.Read(EdifactReader.Read(paxlst)));

        Assert.Contains("no PNRGOV message", e.Message, StringComparison.Ordinal);
        Assert.Equal("UNH", e.Tag);
    }
}
