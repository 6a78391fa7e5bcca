using Gateway.Adapters.Edifact;
using Gateway.UnitTests.Support;

namespace Gateway.UnitTests.Edifact;

public sealed class EdifactReaderTests
{
    private static EdifactReadResult Read(string file) => EdifactReader.Read(TestFiles.Bytes("Edifact", file));

    private static Segment Body(EdifactReadResult r, string tag, int occurrence = 0) =>
        r.Interchange.AllMessages.SelectMany(m => m.Body).Where(s => s.Tag == tag).ElementAt(occurrence);

    [Fact]
    public void Released_apostrophe_plus_colon_and_release_stay_in_the_data()
    {
        var r = Read("released_characters.edi");
        Assert.Equal(["O'BRIEN", "SEAN"], Body(r, "NAD", 1)[4].Components);
        Assert.Equal(["SMITH+JONES", "ANNA:MARIA"], Body(r, "NAD", 2)[4].Components);
        Assert.Equal("123?456", Body(r, "DOC", 1).Value(2));
        Assert.Equal("OPS+CONTROL", Body(r, "NAD", 0).Value(4));
        Assert.Empty(r.Notes);
    }

    [Fact]
    public void Custom_una_sets_every_service_character()
    {
        var r = Read("custom_una.edi");
        Assert.Equal(new Delimiters('|', '*', ',', '!', '_', '~'), r.Interchange.Delimiters);
        Assert.Equal(["KIM", "MIN*JUN"], Body(r, "NAD")[4].Components);
        Assert.Equal("UNOA", r.Interchange.SyntaxIdentifier);
        Assert.Empty(r.Notes);
    }

    [Fact]
    public void Crlf_between_segments_is_not_a_repair()
    {
        var r = Read("crlf.edi");
        Assert.Equal(14, r.Interchange.Messages[0].Body.Count);
        Assert.Empty(r.Notes);
        Assert.Equal(3, Body(r, "BGM").Position.Line);
    }

    [Fact]
    public void Type_b_header_wrapped_lines_and_footer_are_read_past_and_reported()
    {
        var r = Read("wrapped_with_typeb_header.edi");
        var codes = r.Notes.Select(n => n.Code).ToList();
        Assert.Equal(["EDI-LEADING-TEXT", "EDI-TRAILING-TEXT", "EDI-LINE-BREAK"], codes);
        Assert.Equal("PAXLST", r.Interchange.Messages[0].Type);         // "PAXL\r\nST" joined
        Assert.Equal("NRT", Body(r, "LOC").Value(2));                   // "N\r\nRT" joined
        Assert.Equal(["PARK", "SOYEON"], Body(r, "NAD")[4].Components); // "PAR\r\nK" joined
        Assert.Equal("M33334444", Body(r, "DOC", 1).Value(2));          // tag "DO\r\nC" joined
        Assert.Equal(4, r.Notes[0].Position.Line);
    }

    [Fact]
    public void Control_count_and_reference_mismatches_are_reported_with_their_contrl_codes()
    {
        var r = Read("count_mismatch.edi");
        var notes = r.Notes.Select(n => (n.Tag, n.ControlCode)).ToList();
        Assert.Equal([("UNT", "29"), ("UNZ", "29"), ("UNZ", "28")], notes);
        Assert.Contains("says 99 but 14", r.Notes[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unterminated_release_character_is_a_syntax_error_at_the_end()
    {
        var e = Assert.Throws<EdifactSyntaxException>(() => Read("unterminated_release.edi"));
        Assert.Equal(SyntaxCodes.InvalidServiceCharacter, e.ControlCode);
        Assert.Equal("NAD", e.Tag);
        Assert.Equal(1, e.Position.Line);
        Assert.Equal(File.ReadAllText(TestFiles.Path("Edifact", "unterminated_release.edi")).Length, e.Position.Column); // the release character itself
    }

    [Fact]
    public void Segment_outside_a_message_names_the_segment_and_its_number()
    {
        var e = Assert.Throws<EdifactSyntaxException>(() => Read("segment_outside_message.edi"));
        Assert.Equal(("BGM", 2, SyntaxCodes.InvalidOccurrence), (e.Tag, e.SegmentNumber, e.ControlCode));
        Assert.Contains("line 1, column 54", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Message_without_unt_is_an_error_at_the_next_header()
    {
        var e = Assert.Throws<EdifactSyntaxException>(() => Read("missing_unt.edi"));
        Assert.Equal(("UNH", 5), (e.Tag, e.SegmentNumber));
        Assert.Contains("has no UNT", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "the input is empty")]
    [InlineData("   \r\n ", "the input is empty")]
    [InlineData("Dear agent, please find the list attached.", "no EDIFACT interchange found")]
    [InlineData("UNB+UNOA:4+A+B+261122:0915+1'UNZ+0+1'", "holds no message")]
    [InlineData("UNB+UNOA:4+A+B+261122:0915+1'UNH+1+PAXLST:D:05B:UN'BGM+745", "no segment terminator")]
    [InlineData("UNB+UNOA:4+A+B+261122:0915+1'UNH+1+PAXLST:D:05B:UN'BG+745'UNT+3+1'UNZ+1+1'", "is not a segment tag")]
    public void Bad_input_gets_a_clear_error(string text, string expected)
    {
        var e = Assert.Throws<EdifactSyntaxException>(() => EdifactReader.Read(System.Text.Encoding.Latin1.GetBytes(text)));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_garbage_is_refused_with_its_offset()
    {
        byte[] garbage = [0x55, 0x4E, 0x42, 0x2B, 0x00, 0xFF, 0x10];
        var e = Assert.Throws<EdifactSyntaxException>(() => EdifactReader.Read(garbage));
        Assert.Contains("NUL byte at byte offset 4", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_over_the_size_limit_is_refused_before_reading()
    {
        var options = new EdifactReaderOptions { MaxBytes = 100 };
        var e = Assert.Throws<EdifactSyntaxException>(() => EdifactReader.Read(TestFiles.Bytes("Edifact", "crlf.edi"), options));
        Assert.Contains("over the limit of 100 bytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Syntax_4_una_with_a_repetition_separator_splits_repeated_elements()
    {
        var r = EdifactReader.Read("UNA:+.?*'UNB+UNOA:4+A+B+261122:0915+1'UNH+1+PAXLST:D:05B:UN'ATT+2++M*F'UNT+3+1'UNZ+1+1'");
        var att = Body(r, "ATT");
        Assert.Equal("M", att.Value(3));
        Assert.Equal(["F"], att[3].Repetitions[0]);
    }

    [Fact]
    public void Syntax_3_and_iata_syntax_treat_the_fifth_una_character_as_reserved()
    {
        var r = EdifactReader.Read("UNA:+.?*'UNB+IATA:1+A+B+261122:0915+1'UNH+1+PNRGOV:11:1:IA'IFT+4:28+A*B'UNT+3+1'UNZ+1+1'");
        Assert.Null(r.Interchange.Delimiters.Repetition);
        Assert.Equal("A*B", Body(r, "IFT").Value(2));
    }

    [Fact]
    public void Latin1_bytes_that_are_not_utf8_are_read_as_unoc()
    {
        byte[] bytes = [.. "UNB+UNOC:4+A+B+261122:0915+1'UNH+1+PAXLST:D:05B:UN'NAD+FL+++M"u8, 0xDC, .. "LLER'UNT+3+1'UNZ+1+1'"u8];
        var r = EdifactReader.Read(bytes);
        Assert.False(r.Utf8);
        Assert.Equal("MÜLLER", Body(r, "NAD").Value(4));
    }
}
