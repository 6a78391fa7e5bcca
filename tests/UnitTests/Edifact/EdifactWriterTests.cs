using Gateway.Adapters.Edifact;
using Gateway.UnitTests.Support;

namespace Gateway.UnitTests.Edifact;

public sealed class EdifactWriterTests
{
    [Theory]
    [InlineData("released_characters.edi")]
    [InlineData("custom_una.edi")]
    [InlineData("crlf.edi")]
    [InlineData("multipart_three_parts.edi")]
    [InlineData("ship_crew_list.edi")]
    [InlineData("version_d12b.edi")]
    public void Writing_a_read_interchange_and_reading_it_again_gives_the_same_interchange(string file)
    {
        var first = EdifactReader.Read(TestFiles.Bytes("Edifact", file)).Interchange;
        var again = EdifactReader.Read(EdifactWriter.Write(first));
        Assert.Equal(first, again.Interchange);
        Assert.Empty(again.Notes);
    }

    [Fact]
    public void Writer_releases_service_characters_and_fills_in_counts()
    {
        var unb = Segment.Of("UNB", DataElement.Of("UNOA", "4"), DataElement.Of("A"), DataElement.Of("B"), DataElement.Of("261122", "0915"), DataElement.Of("9"));
        var unh = Segment.Of("UNH", DataElement.Of("1"), DataElement.Of("PAXLST", "D", "05B", "UN"));
        var nad = Segment.Of("NAD", DataElement.Of("FL"), DataElement.Empty, DataElement.Empty, DataElement.Of("O'NEIL+SONS", "A:B?", ""));
        var interchange = new Interchange(Delimiters.Default, unb, ValueList<FunctionalGroup>.Empty, ValueList.Of(new EdifactMessage(unh, ValueList.Of(nad))));
        string text = EdifactWriter.Write(interchange);
        Assert.Equal("UNA:+.? 'UNB+UNOA:4+A+B+261122:0915+9'UNH+1+PAXLST:D:05B:UN'NAD+FL+++O?'NEIL?+SONS:A?:B??'UNT+3+1'UNZ+1+9'", text);
    }

    [Fact]
    public void Writer_refuses_line_breaks_in_data()
    {
        var unb = Segment.Of("UNB", DataElement.Of("UNOA", "4"));
        var unh = Segment.Of("UNH", DataElement.Of("1"), DataElement.Of("PAXLST"));
        var bad = Segment.Of("FTX", DataElement.Of("AAP"), DataElement.Empty, DataElement.Empty, DataElement.Of("two\nlines"));
        var interchange = new Interchange(Delimiters.Default, unb, ValueList<FunctionalGroup>.Empty, ValueList.Of(new EdifactMessage(unh, ValueList.Of(bad))));
        Assert.Throws<ArgumentException>(() => EdifactWriter.Write(interchange));
    }
}
