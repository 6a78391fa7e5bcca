using FsCheck;
using FsCheck.Fluent;
using Gateway.Adapters.Cusres;
using Gateway.Adapters.Edifact;
using Gateway.Schemas;
using Gateway.Schemas.Responses;

namespace Gateway.UnitTests.Cusres;

public sealed class CusresWriterTests
{
    private static readonly CusresWriterOptions Fixed = new() { Clock = new FixedClock(new DateTimeOffset(2025, 3, 14, 9, 13, 0, TimeSpan.Zero)) };

    private static BoardingResponse Example(string code = ResponseDocumentCodes.Response, int passengers = 2)
    {
        var entries = Enumerable.Range(0, passengers).Select(i => ResponseEntry.ForPassenger(
            $"K7QX{i:D2}", $"{417 + i:D12}", ResponseCodeTable.Default.For(i % 2 == 0 ? BoardingStatus.OkToBoard : BoardingStatus.DoNotBoard),
            i % 2 == 0 ? "OK TO BOARD" : "DO NOT BOARD - CONTACT BORDER AGENCY")).ToArray();
        return new BoardingResponse(
            new ResponseHeader("BORDERAPI", "YYDCS", "R0004711", "R1", null, "YY0815/250314/1130", Test: false),
            code, "YY0815250314A",
            ValueList.Of(new ResponseFlight("YY0815", new MessageDate("2503141130", "201"), new MessageDate("2503141335", "201"), "FRA", "ORD")),
            ValueList<ResponseEntry>.Own(entries), ValueList<FreeText>.Empty, ValueList<ResponseReference>.Empty);
    }

    [Fact]
    public void Response_962_is_written_segment_for_segment_as_the_wco_example()
    {
        var expected = EdifactReader.Read(CusresFiles.Crafted("response_962_two_passengers.edi")).Interchange.AllMessages.Single();
        var read = CusresReader.Read(CusresFiles.Crafted("response_962_two_passengers.edi")).Responses[0];

        var written = CusresWriter.ToMessage(read, Fixed);

        Assert.Equal(expected.Header, written.Header);
        Assert.Equal(expected.Body, written.Body);
    }

    [Fact]
    public void Envelope_carries_the_references_and_default_d05b()
    {
        string text = CusresWriter.Write(Example(), Fixed);
        Assert.StartsWith("UNA:+.? 'UNB+UNOA:4+BORDERAPI:ZZ+YYDCS:ZZ+250314:0913+R0004711++IAPI'UNG+CUSRES+BORDERAPI+YYDCS+250314:0913+R0004711+UN+D:05B'" +
            "UNH+R1+CUSRES:D:05B:UN:IATA+YY0815/250314/1130+01:F'BGM+962'RFF+TN:YY0815250314A'RFF+AF:YY0815'", text, StringComparison.Ordinal);
        Assert.EndsWith("UNT+19+R1'UNE+1+R0004711'UNZ+1+R0004711'", text, StringComparison.Ordinal);
        Assert.Empty(EdifactReader.Read(text).Notes);
    }

    [Fact]
    public void Flight_group_is_written_in_profile_order_whatever_order_was_read()
    {
        var read = CusresReader.Read(CusresFiles.Crafted("status_change_132_loc_dtm_pairs.edi")).Responses[0];
        string text = CusresWriter.Write(read, Fixed);
        Assert.Contains("RFF+AF:YY0815'DTM+189:2503141130:201'DTM+232:2503141335:201'LOC+125+FRA'LOC+87+ORD'ERP+2'", text, StringComparison.Ordinal);
        Assert.Contains("BGM+132'", text, StringComparison.Ordinal);
        Assert.Contains("FTX+AAP+++SELECTEE:CONTACT BORDER AGENCY DESK'", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_is_configurable_and_names_the_directory_in_unh_and_ung()
    {
        var options = new CusresWriterOptions { Version = "D12B", Clock = Fixed.Clock };
        string text = CusresWriter.Write(Example(), options);
        Assert.Contains("+UN+D:12B'", text, StringComparison.Ordinal);
        Assert.Contains("UNH+R1+CUSRES:D:12B:UN:IATA", text, StringComparison.Ordinal);
        Assert.Equal("D:12B", CusresReader.Read(text).Responses[0].Header.Version);
    }

    [Fact]
    public void More_than_99_passengers_need_a_directory_from_d10a()
    {
        var big = Example(passengers: 100);
        var e = Assert.ThrowsAny<ArgumentException>(() => CusresWriter.Write(big, Fixed));
        Assert.Contains("100 ERP groups exceed the 99 that CUSRES D:05B allows", e.Message, StringComparison.Ordinal);

        var options = new CusresWriterOptions { Version = "D:12B", Clock = Fixed.Clock };
        Assert.Equal(100, CusresReader.Read(CusresWriter.Write(big, options)).Responses[0].Passengers.Count());
    }

    [Theory]
    [InlineData("UNOA", "ok to board", false, "UNOA has no lower case")]
    [InlineData("UNOB", "ok to board", true, "UNOB has lower case")]
    [InlineData("UNOB", "PASSAGIER MÜLLER", false, "UNOB is 7-bit")]
    [InlineData("UNOC", "PASSAGIER MÜLLER", true, "UNOC is ISO 8859-1")]
    [InlineData("UNOY", "승객 확인", true, "UNOY is UCS")]
    public void Free_text_must_fit_the_syntax_level(string syntax, string text, bool allowed, string reason)
    {
        var response = Example() with { FreeTexts = ValueList.Of(FreeText.Response(text)) };
        var options = new CusresWriterOptions { SyntaxIdentifier = syntax, Clock = Fixed.Clock };
        var error = Record.Exception(() => CusresWriter.Write(response, options));
        Assert.True(allowed == (error is null), reason + ": " + error?.Message);
        if (error is not null) Assert.Contains($"which syntax {syntax} does not allow", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_group_the_message_stands_alone_and_acknowledgement_and_test_flags_reach_unb()
    {
        var options = new CusresWriterOptions { FunctionalGroup = false, AcknowledgementRequested = true, Association = null, Clock = Fixed.Clock };
        var response = Example(ResponseDocumentCodes.StatusChange) with { Header = Example().Header with { Test = true } };
        string text = CusresWriter.Write(response, options);
        var interchange = EdifactReader.Read(text).Interchange;
        Assert.Empty(interchange.Groups);
        Assert.True(interchange.AcknowledgementRequested);
        Assert.True(interchange.Test);
        Assert.Contains("UNH+R1+CUSRES:D:05B:UN+", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ERC code too long", "123456789")]
    [InlineData("ERC code empty", "")]
    public void Invalid_status_codes_are_refused(string reason, string code)
    {
        var response = Example() with
        {
            Entries = ValueList.Of(ResponseEntry.ForPassenger("A", "B", new ResponseStatus(code, BoardingStatus.Unknown))),
        };
        var e = Assert.ThrowsAny<ArgumentException>(() => CusresWriter.Write(response, Fixed));
        Assert.Contains("ERC 9321", e.Message, StringComparison.Ordinal);
        Assert.NotNull(reason);
    }

    [Theory]
    [InlineData(null, "R0004711", "the recipient (UNB S003)", "a JSON-channel request may not name its sender: the answer has no address")]
    [InlineData("YYDCS", "R00047110000001", "UNB 0020", "0020 is an..14")]
    [InlineData("yydcs", "R0004711", "UNB S003 0010", "UNOA has no lower case, not even in identifiers")]
    public void Envelope_values_the_partner_could_not_accept_are_refused(string? recipient, string reference, string named, string reason)
    {
        var response = Example() with { Header = Example().Header with { Recipient = recipient, InterchangeReference = reference } };
        var e = Assert.ThrowsAny<ArgumentException>(() => CusresWriter.Write(response, Fixed));
        Assert.True(e.Message.Contains(named, StringComparison.Ordinal), reason + ": " + e.Message);
    }

    [Fact]
    public void Several_responses_to_one_partner_share_one_interchange()
    {
        var first = Example() with { Header = Example().Header with { Version = "D:05B" } };
        var second = Example(ResponseDocumentCodes.StatusChange, passengers: 1) with { Header = first.Header with { MessageReference = "R2" } };
        string text = CusresWriter.Write([first, second], Fixed);
        var read = CusresReader.Read(text);
        Assert.Equal([first, second], read.Responses);
        Assert.Equal(2, Assert.Single(read.Syntax.Interchange.Groups).Messages.Count);
        Assert.Empty(read.Notes);
    }

    [Theory]
    [InlineData("R1", "YYDCS", "D:05B", "is used twice", "message references are unique in an interchange")]
    [InlineData("R2", "ZZDCS", "D:05B", "another envelope", "one interchange goes to one recipient")]
    [InlineData("R2", "YYDCS", "D:12B", "one functional group holds one version", "UNG S008 names one version")]
    public void Responses_that_cannot_share_an_interchange_are_refused(string reference, string recipient, string version, string expected, string reason)
    {
        var first = Example();
        var second = first with { Header = first.Header with { MessageReference = reference, Recipient = recipient, Version = version } };
        var e = Assert.ThrowsAny<ArgumentException>(() => CusresWriter.Write([first, second], Fixed));
        Assert.True(e.Message.Contains(expected, StringComparison.Ordinal), reason + ": " + e.Message);
    }

    [Fact]
    public void Any_response_survives_write_then_read() =>
        Prop.ForAll(ResponseGenerators.Response.ToArbitrary(), response =>
        {
            var back = CusresReader.Read(CusresWriter.Write(response, Fixed));
            return back.Responses.Count == 1 && back.Responses[0] == response;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Any_response_survives_write_then_read_with_custom_delimiters_and_line_breaks() =>
        Prop.ForAll(ResponseGenerators.Response.ToArbitrary(), response =>
        {
            var options = new CusresWriterOptions
            {
                Delimiters = new Delimiters('*', '#', '.', '!', null, '|'), LineBreaks = true, FunctionalGroup = false, Clock = Fixed.Clock,
            };
            var back = CusresReader.Read(CusresWriter.Write(response, options));
            return back.Responses[0] == response && !back.Notes.Any(n => n.Code.StartsWith("EDI-", StringComparison.Ordinal));
        }).QuickCheckThrowOnFailure();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
