using Gateway.Adapters.Contrl;
using Gateway.Adapters.Cusres;
using Gateway.Adapters.Edifact;

namespace Gateway.UnitTests.Contrl;

/// <summary>CONTRL for interchanges the reader refused: it must name the level, segment and element, and read back.</summary>
public sealed class ContrlRejectionTests
{
    private static readonly ContrlOptions Options = new() { Clock = ContrlFiles.Clock, Sender = new PartyId("BORDERAPI", "ZZ") };

    private static (EdifactSyntaxException Error, ContrlReport Report) Refuse(string file)
    {
        string text = ContrlFiles.Crafted(file);
        var error = Assert.Throws<EdifactSyntaxException>(() => EdifactReader.Read(text));
        var report = ContrlResponder.Reject(text, error);
        Assert.NotNull(report);
        return (error, report);
    }

    /// <summary>Writes the report, checks it reads as a clean CONTRL and gives back the same report.</summary>
    private static ContrlReport WrittenAndReadBack(ContrlReport report)
    {
        string text = ContrlWriter.Write(report, Options);
        var syntax = EdifactReader.Read(text);
        Assert.Empty(syntax.Notes);
        var back = Assert.Single(ContrlReader.Read(syntax).Reports);
        Assert.Equal(report, back);
        return back;
    }

    [Fact]
    public void Unterminated_release_character_rejects_the_message_at_the_ftx_segment()
    {
        var (error, report) = Refuse("unterminated_release.edi");
        Assert.Equal(SyntaxCodes.InvalidServiceCharacter, error.ControlCode);

        Assert.Equal(ContrlActions.Rejected, report.Interchange.Action);
        Assert.Equal(("I0000103", "YYDCS", "BORDERAPI"), (report.Interchange.Reference, report.Interchange.Sender.Id, report.Interchange.Recipient.Id));
        var message = Assert.Single(report.Messages);
        Assert.Equal(("M1", "CUSRES", ContrlActions.Rejected), (message.Reference, message.Identifier.Type, message.Action));
        // UNH = 1, BGM 2, ERP 3, RFF 4, FTX 5.
        var segment = Assert.Single(message.Segments);
        Assert.Equal((5, SyntaxCodes.InvalidServiceCharacter), (segment.Position, segment.ErrorCode));
        WrittenAndReadBack(report);
    }

    [Fact]
    public void Bad_segment_tag_is_reported_at_its_position_in_the_message()
    {
        var (error, report) = Refuse("bad_tag.edi");
        Assert.Equal((5, SyntaxCodes.InvalidValue), (error.SegmentNumber, error.ControlCode));
        var segment = Assert.Single(Assert.Single(report.Messages).Segments);
        Assert.Equal((4, SyntaxCodes.InvalidValue), (segment.Position, segment.ErrorCode));
        WrittenAndReadBack(report);
    }

    [Fact]
    public void Missing_unt_rejects_the_message_naming_unt_in_syntax_3()
    {
        var (_, report) = Refuse("missing_unt.edi");
        Assert.Equal("3", report.SyntaxVersion);
        var message = Assert.Single(report.Messages);
        Assert.Equal(("UNT", SyntaxCodes.Missing), (message.Tag, message.ErrorCode));
        Assert.Equal(new MessageIdentifier("PAXLST", "D", "02B", "UN", "IATA"), message.Identifier);
        string text = ContrlWriter.Write(report, Options);
        Assert.Contains("UNH+1+CONTRL:2:2:UN'", text, StringComparison.Ordinal);
        Assert.StartsWith("UNA:+.? 'UNB+UNOA:3+BORDERAPI:ZZ+YYDCS+250314:0930+CI0000105'", text, StringComparison.Ordinal);
        WrittenAndReadBack(report);
    }

    [Fact]
    public void Element_level_error_from_the_cusres_reader_points_with_ucd()
    {
        string text = "UNB+UNOA:4+YYDCS+BORDERAPI+250314:1000+R1'UNG+CUSRES+YY+BA+250314:1000+G1+UN+D:05B'" +
                      "UNH+A1+CUSRES:D:05B:UN'BGM+312'ERP+2'RFF+AVF:K7QX2P'ERC'UNT+6+A1'UNE+1+G1'UNZ+1+R1'";
        var error = Assert.Throws<EdifactSyntaxException>(() => CusresReader.Read(text));
        var report = ContrlResponder.Reject(text, error)!;

        Assert.Empty(report.Messages);
        var group = Assert.Single(report.Groups);
        Assert.Equal(("G1", ContrlActions.Rejected, null), (group.Reference, group.Action, group.ErrorCode));
        var segment = Assert.Single(Assert.Single(group.Messages).Segments);
        Assert.Equal(5, segment.Position); // UNH 1, BGM 2, ERP 3, RFF 4, ERC 5
        Assert.Equal(new ElementResponse(SyntaxCodes.Missing, new ErrorPosition(1, 1)), Assert.Single(segment.Elements));
        var back = WrittenAndReadBack(report);
        Assert.Contains("UCD+13+1:1'", ContrlWriter.Write(back, Options), StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_message_type_is_an_error_in_unh_reported_on_ucm()
    {
        string text = ContrlFiles.Crafted("bad_tag.edi").Replace("NA+FL", "NAD+FL", StringComparison.Ordinal);
        var error = Assert.Throws<EdifactSyntaxException>(() => CusresReader.Read(text));
        var message = Assert.Single(ContrlResponder.Reject(text, error)!.Messages);
        Assert.Equal(("UNH", SyntaxCodes.InvalidValue, new ErrorPosition(2, 1)), (message.Tag, message.ErrorCode, message.Position));
        Assert.Empty(message.Segments);
    }

    [Fact]
    public void Segment_outside_any_message_is_an_interchange_level_error()
    {
        string text = "UNB+UNOA:4+YYDCS+BORDERAPI+250314:1000+R1'UNH+1+PAXLST:D:05B:UN'BGM+745'UNT+3+1'NAD+FL'UNZ+1+R1'";
        var error = Assert.Throws<EdifactSyntaxException>(() => EdifactReader.Read(text));
        var report = ContrlResponder.Reject(text, error)!;
        Assert.Empty(report.Messages);
        Assert.Equal((ContrlActions.Rejected, SyntaxCodes.InvalidOccurrence, null), (report.Interchange.Action, report.Interchange.ErrorCode, report.Interchange.Tag));
        WrittenAndReadBack(report);
    }

    [Fact]
    public void Custom_separators_and_a_type_b_header_do_not_hide_the_error_position()
    {
        string text = "QU BORDERAPI\n.YYDCSXH 140900\nUNA*#.! |UNB#UNOA*4#YYDCS#BORDERAPI#250314*0900#I9|UNH#M1#PAXLST*D*05B*UN|" +
                      "BGM#745|RFF#TN*A!|1|nad#FL|UNT#5#M1|UNZ#1#I9|";
        var error = Assert.Throws<EdifactSyntaxException>(() => EdifactReader.Read(text));
        var report = ContrlResponder.Reject(text, error)!;
        Assert.Equal("I9", report.Interchange.Reference);
        Assert.Equal(4, Assert.Single(Assert.Single(report.Messages).Segments).Position); // UNH, BGM, RFF (with a released |), nad
    }

    [Theory]
    [InlineData("", "empty input")]
    [InlineData("HELLO WORLD", "no interchange at all")]
    public void Without_a_readable_unb_there_is_no_one_to_answer(string text, string reason)
    {
        var error = Assert.Throws<EdifactSyntaxException>(() => EdifactReader.Read(text));
        Assert.True(ContrlResponder.Reject(text, error) is null, reason);
    }

    [Fact]
    public void Binary_data_is_rejected_at_the_segment_holding_the_nul_byte()
    {
        var bytes = System.Text.Encoding.ASCII.GetBytes("UNB+UNOA:4+YYDCS+BORDERAPI+250314:1000+R1'UNH+1+PAXLST:D:05B:UN'BGM+745'RFF+TN:A\0B'UNT+4+1'UNZ+1+R1'");
        var error = Assert.Throws<EdifactSyntaxException>(() => EdifactReader.Read(bytes));
        var report = ContrlResponder.Reject(bytes, error)!;
        Assert.Equal((3, SyntaxCodes.InvalidCharacter), (Assert.Single(Assert.Single(report.Messages).Segments).Position, error.ControlCode));
    }
}
