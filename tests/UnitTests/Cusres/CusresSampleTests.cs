using Gateway.Adapters.Cusres;
using Gateway.Adapters.Edifact;
using Gateway.Schemas;
using Gateway.Schemas.Responses;

namespace Gateway.UnitTests.Cusres;

/// <summary>Every file in ../shared/samples/cusres, read with its real content checked.</summary>
public sealed class CusresSampleTests
{
    private static readonly string[] Known =
    [
        "astra_cusres_airline_ack_BGM312.edi",
        "astra_cusres_airline_error_ack_ERC118.edi",
        "astra_cusres_niac_to_airline_BGM132_0Z_1Z.edi",
        "astra_cusres_niac_to_airline_BGM132_1Z.edi",
        "astra_iapi_cn_cusres_no_board.edi.tmpl",
        "astra_iapi_cn_cusres_ok_to_board_2pax.edi.tmpl",
        "astra_iapi_cn_paxlst_request_1pax.edi.tmpl",
        "astra_iapi_cn_paxlst_request_2pax.edi.tmpl",
    ];

    [SharedFact]
    public void Every_sample_file_has_a_test_here()
    {
        var files = Directory.GetFiles(SharedPaths.Get("samples", "cusres")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(Known, files);
    }

    [SharedFact]
    public void Carrier_acknowledgement_312_echoes_both_flights_and_both_statuses()
    {
        var result = CusresReader.Read(CusresFiles.Sample("astra_cusres_airline_ack_BGM312.edi"));
        var r = Assert.Single(result.Responses);
        Assert.Equal(ResponseKind.Acknowledgement, r.Kind);
        Assert.Equal("2516", r.TransactionReference);
        Assert.Equal(("NORDWIND", "NIAC", "00000000001"), (r.Header.Sender, r.Header.Recipient, r.Header.InterchangeReference));
        Assert.Equal("11085B94E1F8FA", r.Header.MessageReference);
        Assert.Equal("D:05B", r.Header.Version);
        Assert.Equal(
            [
                new ResponseFlight("FV256", new MessageDate("1908011800", "201"), new MessageDate("1908012300", "201"), "DME", "PEK"),
                new ResponseFlight("FV257", new MessageDate("1908021800", "201"), new MessageDate("1908022300", "201"), "VKO", "AER"),
            ], r.Flights);
        Assert.Equal([("NY7HZZ", "MU010174741777004", "0Z", BoardingStatus.OkToBoard), ("NY7HZ0", "MU010174741777000", "1Z", BoardingStatus.DoNotBoard)],
            r.Entries.Select(e => (e.PnrLocator, e.PassengerReference, e.Status!.Code, e.Status.Status)));
        Assert.All(r.Entries, e => Assert.Empty(e.FreeTexts));
        Assert.Empty(result.Notes);
    }

    [SharedFact]
    public void Carrier_error_acknowledgement_is_a_message_level_118()
    {
        var result = CusresReader.Read(CusresFiles.Sample("astra_cusres_airline_error_ack_ERC118.edi"));
        var r = Assert.Single(result.Responses);
        Assert.Equal(ResponseKind.Acknowledgement, r.Kind);
        Assert.Empty(r.Flights);
        Assert.Null(r.TransactionReference);
        var entry = Assert.Single(r.Entries);
        Assert.Equal(ResponseLevel.Message, entry.Level);
        Assert.Equal(new ResponseStatus("118", BoardingStatus.Error), r.MessageStatus);
        Assert.Empty(r.Passengers);
        Assert.Equal(("MU", "1569229144986"), (r.Header.Sender, r.Header.InterchangeReference));
        Assert.Empty(result.Syntax.Interchange.Groups);
    }

    [SharedFact]
    public void Unsolicited_change_with_two_passengers_reads_despite_its_wrong_counts_and_says_so()
    {
        var result = CusresReader.Read(CusresFiles.Sample("astra_cusres_niac_to_airline_BGM132_0Z_1Z.edi"));
        var r = Assert.Single(result.Responses);
        Assert.Equal(ResponseKind.StatusChange, r.Kind);
        Assert.Equal(["FV256", "FV257"], r.Flights.Select(f => f.Flight));
        Assert.Equal([BoardingStatus.OkToBoard, BoardingStatus.DoNotBoard], r.Passengers.Select(p => p.Status!.Status));
        Assert.Empty(r.Entries[0].FreeTexts);
        var text = Assert.Single(r.Entries[1].FreeTexts);
        Assert.Equal("AAP", text.Qualifier);
        Assert.Equal("AIRLINE NOT OPEN IAPI RULE, please contact with NIA of China, tel861056095288", text.Text);
        // The sample's UNT says 12 for 23 segments and its UNZ reference 1 differs from UNB's 00000000001.
        Assert.Contains(result.Notes, n => n.Code == "EDI-COUNT" && n.Tag == "UNT" && n.ControlCode == SyntaxCodes.ControlCountMismatch);
        Assert.Contains(result.Notes, n => n.Code == "EDI-REFERENCE" && n.Tag == "UNZ" && n.ControlCode == SyntaxCodes.ReferencesDoNotMatch);
    }

    [SharedFact]
    public void Unsolicited_do_not_board_for_one_passenger()
    {
        var result = CusresReader.Read(CusresFiles.Sample("astra_cusres_niac_to_airline_BGM132_1Z.edi"));
        var r = Assert.Single(result.Responses);
        Assert.Equal(ResponseKind.StatusChange, r.Kind);
        Assert.Equal("1909230912028139441", r.TransactionReference);
        Assert.Equal(new ResponseFlight("MU589", new MessageDate("1911180320", "201"), new MessageDate("1911181430", "201"), "SFO", "PVG"),
            Assert.Single(r.Flights));
        var pax = Assert.Single(r.Passengers);
        Assert.Equal(("NY7HZZ", "33280728"), (pax.PnrLocator, pax.PassengerReference));
        Assert.False(pax.Status!.AllowsBoarding);
        Assert.Equal("1Z", pax.Status.Code);
        Assert.Equal("15692291449862", Assert.Single(result.Syntax.Interchange.Groups).Reference);
        Assert.Empty(result.Notes);
    }

    [SharedFact]
    public void Response_no_board_carries_the_authority_text_and_the_request_reference()
    {
        var r = Assert.Single(CusresReader.Read(CusresFiles.Sample("astra_iapi_cn_cusres_no_board.edi.tmpl")).Responses);
        Assert.Equal(ResponseKind.Response, r.Kind);
        Assert.Equal("0000100", r.TransactionReference);
        Assert.Equal("EDIREF", r.Header.CommonAccessReference);
        Assert.Equal(new ResponseFlight("ZH9073", new MessageDate("2611221420", "201"), new MessageDate("2611221615", "201"), "TPE", "SZX"),
            Assert.Single(r.Flights));
        var pax = Assert.Single(r.Passengers);
        Assert.Equal(("MXRLBK", "PAX0001", BoardingStatus.DoNotBoard), (pax.PnrLocator, pax.PassengerReference, pax.Status!.Status));
        Assert.StartsWith("NO BOARD, if there is a question", Assert.Single(pax.FreeTexts).Text, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Response_ok_to_board_for_two_passengers()
    {
        var r = Assert.Single(CusresReader.Read(CusresFiles.Sample("astra_iapi_cn_cusres_ok_to_board_2pax.edi.tmpl")).Responses);
        Assert.Equal(("CA339", "ICN", "CAN"), (r.Flights[0].Flight, r.Flights[0].DeparturePort, r.Flights[0].ArrivalPort));
        Assert.Equal([("MWZRDQ", "PAX0011"), ("MWZRCY", "PAX0012")], r.Passengers.Select(p => (p.PnrLocator, p.PassengerReference)));
        Assert.All(r.Passengers, p => Assert.True(p.Status!.AllowsBoarding));
        Assert.All(r.Passengers, p => Assert.Equal("OK TO BOARD", Assert.Single(p.FreeTexts).Text));
    }

    [SharedTheory]
    [InlineData("astra_iapi_cn_paxlst_request_1pax.edi.tmpl", "astra_iapi_cn_cusres_no_board.edi.tmpl")]
    [InlineData("astra_iapi_cn_paxlst_request_2pax.edi.tmpl", "astra_iapi_cn_cusres_ok_to_board_2pax.edi.tmpl")]
    public void Request_and_response_correlate_by_transaction_and_passenger_references(string request, string response)
    {
        var paxlst = EdifactReader.Read(CusresFiles.Sample(request)).Interchange;
        var body = Assert.Single(paxlst.AllMessages).Body;
        var r = Assert.Single(CusresReader.Read(CusresFiles.Sample(response)).Responses);

        Assert.Equal(body.First(s => s.Tag == "RFF" && s.Value(1) == "TN").Value(1, 1), r.TransactionReference);
        Assert.Equal(body.First(s => s.Tag == "TDT").Value(2), r.Flights[0].Flight);
        var asked = body.Where(s => s.Tag == "RFF" && s.Value(1) is "AVF" or "ABO").Select(s => s.Value(1, 1)).ToList();
        var answered = r.Passengers.SelectMany(p => new[] { p.PnrLocator, p.PassengerReference }).ToList();
        Assert.Equal(asked, answered);
    }

    [SharedTheory]
    [InlineData("astra_iapi_cn_paxlst_request_1pax.edi.tmpl")]
    [InlineData("astra_iapi_cn_paxlst_request_2pax.edi.tmpl")]
    public void Cusres_reader_refuses_a_paxlst_request_naming_the_message_type(string request)
    {
        var e = Assert.Throws<EdifactSyntaxException>(() => CusresReader.Read(CusresFiles.Sample(request)));
        Assert.Contains("is a PAXLST, not a CUSRES", e.Message, StringComparison.Ordinal);
        Assert.Equal(("UNH", 3), (e.Tag, e.SegmentNumber));
    }
}
