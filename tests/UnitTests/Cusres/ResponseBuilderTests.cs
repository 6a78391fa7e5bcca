using Gateway.Adapters.Cusres;
using Gateway.Schemas;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Responses;

namespace Gateway.UnitTests.Cusres;

public sealed class ResponseBuilderTests
{
    /// <summary>The request of ../shared/samples/cusres/astra_iapi_cn_paxlst_request_2pax.edi.tmpl as domain records (placeholders filled as in <see cref="CusresFiles"/>).</summary>
    private static Manifest Request()
    {
        static Traveller Passenger(string surname, string given, string pnr, string paxId) => new(
            TravellerRoles.Passenger, new PersonName(surname, ValueList.Of(given)), "M", null, "CHN", null, ValueList<QualifiedPlace>.Empty,
            ValueList.Of(new Reference("AVF", pnr), new Reference("ABO", paxId), new Reference("YZY", "7842836432717C2")),
            null, "173", ValueList<TravelDocument>.Empty, null);
        var leg = new Leg("20", "CA339", "CA", ValueList.Of(
            new LegPoint("125", "ICN", ValueList.Of(new QualifiedDate("189", new MessageDate("2611221620", "201")))),
            new LegPoint("87", "CAN", ValueList.Of(new QualifiedDate("232", new MessageDate("2611222035", "201"))))));
        return new Manifest(
            new ListHeader("CA", "NIAC", "EDIREF0001", "11085B94E1F8FA", "PAXLST", "D:05B", "EDIREF", 1, "0000100", false),
            DocumentCodes.PassengerList, null, null,
            new Conveyance(TransportMode.Air, "CA", "CA339", null, null, null, ValueList.Of(leg)),
            ValueList.Of(Passenger("ONE", "TWO WI", "MWZRDQ", "PAX0011"), Passenger("ONE", "UBE WI", "MWZRCY", "PAX0012")),
            DeclaredTotals.None);
    }

    private static BoardingResponse Answer(Manifest request) => ResponseBuilder.AnswerTo(request,
        request.Travellers.Select(t => new TravellerDecision(t, BoardingStatus.OkToBoard, "OK TO BOARD")), "EDIREF0001", "11085B94E1F8FA");

    [Fact]
    public void Answer_echoes_transaction_flight_and_passenger_references_and_addresses_the_sender()
    {
        var request = Request();
        var response = Answer(request);
        Assert.Equal(("NIAC", "CA", "EDIREF", "0000100"), (response.Header.Sender, response.Header.Recipient, response.Header.CommonAccessReference, response.TransactionReference));
        Assert.Equal(new ResponseFlight("CA339", new MessageDate("2611221620", "201"), new MessageDate("2611222035", "201"), "ICN", "CAN"),
            Assert.Single(response.Flights));
        Assert.Equal([("MWZRDQ", "PAX0011", "0Z"), ("MWZRCY", "PAX0012", "0Z")],
            response.Passengers.Select(p => (p.PnrLocator, p.PassengerReference, p.Status!.Code)));
        Assert.Equal(response with { Header = response.Header with { Version = "D:05B" } },
            CusresReader.Read(CusresWriter.Write(response)).Responses[0]);
    }

    [SharedFact]
    public void Answer_to_the_china_sample_request_equals_the_sample_response()
    {
        var expected = CusresReader.Read(CusresFiles.Sample("astra_iapi_cn_cusres_ok_to_board_2pax.edi.tmpl")).Responses[0];
        var response = Answer(Request());
        Assert.Equal(expected, response with { Header = response.Header with { Version = "D:05B" } });
    }

    [Fact]
    public void Status_change_uses_the_partner_code_for_the_decision()
    {
        var request = Request();
        var partner = ResponseCodeTable.Default.With("8502", BoardingStatus.DoNotBoard, preferred: true);
        var change = ResponseBuilder.StatusChange(request, [new TravellerDecision(request.Travellers[1], BoardingStatus.DoNotBoard)], "X1", "M1", partner);
        Assert.Equal(ResponseKind.StatusChange, change.Kind);
        var pax = Assert.Single(change.Passengers);
        Assert.Equal(("MWZRCY", new ResponseStatus("8502", BoardingStatus.DoNotBoard)), (pax.PnrLocator, pax.Status));
        Assert.Empty(pax.FreeTexts);
    }

    [Fact]
    public void A_status_the_partner_has_no_code_for_cannot_be_sent()
    {
        var request = Request();
        var e = Assert.Throws<ArgumentException>(() => ResponseBuilder.AnswerTo(request, [new TravellerDecision(request.Travellers[0], BoardingStatus.Timeout)], "X", "M"));
        Assert.Contains("no wire code for Timeout", e.Message, StringComparison.Ordinal);
    }
}
