using Gateway.Adapters.Cusres;
using Gateway.Adapters.Edifact;
using Gateway.Schemas;
using Gateway.Schemas.Responses;

namespace Gateway.UnitTests.Cusres;

/// <summary>The project's own CUSRES files (TestData/Cusres): every reader behaviour without ../shared.</summary>
public sealed class CusresCraftedTests
{
    [Fact]
    public void Response_962_reads_flight_passengers_and_released_characters_in_free_text()
    {
        var result = CusresReader.Read(CusresFiles.Crafted("response_962_two_passengers.edi"));
        var r = Assert.Single(result.Responses);
        Assert.Equal(ResponseKind.Response, r.Kind);
        Assert.Equal("YY0815250314A", r.TransactionReference);
        Assert.Equal("YY0815/250314/1130", r.Header.CommonAccessReference);
        Assert.Equal(new ResponseFlight("YY0815", new MessageDate("2503141130", "201"), new MessageDate("2503141335", "201"), "FRA", "ORD"),
            Assert.Single(r.Flights));
        Assert.Equal(["0Z", "1Z"], r.Passengers.Select(p => p.Status!.Code));
        Assert.Equal("DO NOT BOARD - SEE O'BRIEN + DESK 3:00", Assert.Single(r.Entries[1].FreeTexts).Text);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Status_change_132_accepts_loc_dtm_pairs_in_the_flight_group()
    {
        var r = Assert.Single(CusresReader.Read(CusresFiles.Crafted("status_change_132_loc_dtm_pairs.edi")).Responses);
        Assert.Equal(ResponseKind.StatusChange, r.Kind);
        Assert.Equal(new ResponseFlight("YY0815", new MessageDate("2503141130", "201"), new MessageDate("2503141335", "201"), "FRA", "ORD"),
            Assert.Single(r.Flights));
        var pax = Assert.Single(r.Passengers);
        Assert.Equal(BoardingStatus.Advisory, pax.Status!.Status);
        Assert.False(pax.Status.AllowsBoarding);
        // FTX C108 keeps its component lines; the display text joins them.
        Assert.Equal(["SELECTEE", "CONTACT BORDER AGENCY DESK"], pax.FreeTexts[0].Lines);
    }

    [Fact]
    public void Acknowledgement_312_echoes_the_status_given()
    {
        var r = Assert.Single(CusresReader.Read(CusresFiles.Crafted("acknowledgement_312.edi")).Responses);
        Assert.Equal(ResponseKind.Acknowledgement, r.Kind);
        Assert.Equal(("K7QX2P", "2Z"), (r.Entries[0].PnrLocator, r.Entries[0].Status!.Code));
        Assert.Equal("D:05B", r.Header.Version);
    }

    [Fact]
    public void Error_acknowledgement_118_is_a_message_level_error_without_passengers()
    {
        var r = Assert.Single(CusresReader.Read(CusresFiles.Crafted("error_acknowledgement_118.edi")).Responses);
        Assert.Equal(BoardingStatus.Error, r.MessageStatus!.Status);
        Assert.Equal("118", r.MessageStatus.Code);
        Assert.Empty(r.Passengers);
    }

    [Fact]
    public void Partner_code_table_maps_its_own_codes_and_unknown_codes_stay_visible()
    {
        string text = CusresFiles.Crafted("partner_codes_and_extras.edi");
        var plain = CusresReader.Read(text);
        var pax = Assert.Single(plain.Responses[0].Passengers);
        Assert.Equal([new ResponseStatus("8501", BoardingStatus.Unknown), new ResponseStatus("0Z", BoardingStatus.OkToBoard)], pax.Statuses);
        Assert.Contains(plain.Notes, n => n.Code == "CUSRES-UNKNOWN-CODE" && n.Message.Contains("'8501'", StringComparison.Ordinal));

        var partner = ResponseCodeTable.Default.With("8501", BoardingStatus.OkToBoard);
        var mapped = CusresReader.Read(text, partner);
        Assert.Equal(BoardingStatus.OkToBoard, mapped.Responses[0].Passengers.Single().Status!.Status);
        Assert.DoesNotContain(mapped.Notes, n => n.Code == "CUSRES-UNKNOWN-CODE");
    }

    [Fact]
    public void Segments_an_api_response_does_not_use_are_skipped_with_a_note_each()
    {
        var result = CusresReader.Read(CusresFiles.Crafted("partner_codes_and_extras.edi"));
        var r = result.Responses[0];
        Assert.Equal("FLIGHT CLOSE ACCEPTED", Assert.Single(r.FreeTexts).Text);
        Assert.Equal(BoardingStatus.Accepted, r.MessageStatus!.Status);
        Assert.Equal(new ResponseFlight("YY0815", new MessageDate("2503141130", "201"), new MessageDate("2503141335", "201"), "FRA", "ORD"),
            Assert.Single(r.Flights));
        Assert.Equal(new ResponseReference("YZY", "1602300000123"), r.Passengers.Single().References[2]);
        Assert.Equal(["LINE ONE", "LINE TWO"], r.Passengers.Single().FreeTexts[0].Lines);
        var skipped = result.Notes.Where(n => n.Code == "CUSRES-SKIPPED").Select(n => (n.Tag, n.Position.Line)).ToList();
        // DTM+137 in the header (line 5), LOC+92 in the flight group (line 11), CNT (line 23).
        Assert.Equal([("DTM", 5), ("LOC", 11), ("CNT", 23)], skipped);
    }

    [Fact]
    public void Erc_outside_an_erp_group_is_a_syntax_error_naming_the_segment()
    {
        var e = Assert.Throws<EdifactSyntaxException>(() => CusresReader.Read(CusresFiles.Crafted("erc_outside_erp.edi")));
        Assert.Equal(("ERC", 5, SyntaxCodes.NotSupportedInPosition), (e.Tag, e.SegmentNumber, e.ControlCode));
        Assert.Equal(5, e.Position.Line);
    }

    [Fact]
    public void Missing_bgm_is_a_syntax_error_at_the_first_body_segment()
    {
        var e = Assert.Throws<EdifactSyntaxException>(() => CusresReader.Read(CusresFiles.Crafted("missing_bgm.edi")));
        Assert.Equal(("BGM", 3, SyntaxCodes.Missing), (e.Tag, e.SegmentNumber, e.ControlCode));
        Assert.Contains("does not begin with BGM", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paxlst_is_refused_by_the_cusres_reader()
    {
        var e = Assert.Throws<EdifactSyntaxException>(() => CusresReader.Read(CusresFiles.Crafted("paxlst_not_cusres.edi")));
        Assert.Equal(("UNH", 2, 2, 1), (e.Tag, e.SegmentNumber, e.Element, e.Component));
    }

    [Theory]
    [InlineData("RFF", "RFF'", 1, "RFF without a qualifier")]
    [InlineData("ERP", "ERP'", 1, "ERP without a section code")]
    [InlineData("ERC", "ERP+2'ERC'", 1, "ERC without a status code")]
    [InlineData("DTM", "RFF+AF:YY1'DTM+189'", 1, "a flight date without its value")]
    [InlineData("LOC", "RFF+AF:YY1'LOC+125'", 2, "a flight place without its code")]
    public void Mandatory_values_missing_are_errors_with_their_element(string tag, string segments, int element, string reason)
    {
        string text = $"UNB+UNOA:4+A+B+250314:1000+R1'UNH+1+CUSRES:D:05B:UN'BGM+962'{segments}UNT+9+1'UNZ+1+R1'";
        var e = Assert.Throws<EdifactSyntaxException>(() => CusresReader.Read(text));
        Assert.True((tag, element, SyntaxCodes.Missing) == (e.Tag, e.Element, e.ControlCode), reason + ": " + e.Message);
    }
}
