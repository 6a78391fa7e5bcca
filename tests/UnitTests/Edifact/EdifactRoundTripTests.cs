using FsCheck;
using FsCheck.Fluent;
using Gateway.Adapters.Edifact;

namespace Gateway.UnitTests.Edifact;

public sealed class EdifactRoundTripTests
{
    [Fact]
    public void Any_interchange_written_and_read_back_is_equal_and_needs_no_repair()
    {
        Prop.ForAll(InterchangeGen.Interchange.ToArbitrary(), x =>
        {
            var back = EdifactReader.Read(EdifactWriter.Write(x));
            Assert.Equal(x, back.Interchange);
            Assert.Empty(back.Notes);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Any_interchange_written_with_line_breaks_between_segments_reads_the_same()
    {
        Prop.ForAll(InterchangeGen.Interchange.ToArbitrary(), x =>
            Assert.Equal(x, EdifactReader.Read(EdifactWriter.Write(x, lineBreaks: true)).Interchange)).QuickCheckThrowOnFailure();
    }
}
