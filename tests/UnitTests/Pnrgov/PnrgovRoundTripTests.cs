using FsCheck;
using FsCheck.Fluent;
using Gateway.Adapters.Edifact;
using Gateway.Adapters.Pnrgov;

namespace Gateway.UnitTests.Pnrgov;

public sealed class PnrgovRoundTripTests
{
    [Fact]
    public void Generated_pushes_read_back_equal_after_writing()
    {
        Prop.ForAll(PnrPushGenerators.Push.ToArbitrary(), push =>
        {
            var text = PnrgovWriter.Write(push);
            var read = PnrgovReader.Read(EdifactReader.Read(text));
            Assert.Equal(push, Assert.Single(read.Pushes));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Generated_pushes_read_back_with_only_the_notes_their_content_calls_for()
    {
        Prop.ForAll(PnrPushGenerators.Push.ToArbitrary(), push =>
        {
            var read = PnrgovReader.Read(EdifactReader.Read(PnrgovWriter.Write(push, lineBreaks: false)));
            // A push without level-0 ORG, and a DOCS referencing traveller 99, are deliberate in the generator.
            Assert.All(read.Notes, n => Assert.Contains(n.Code, new[] { "PNR-ORG-MISSING", "PNR-DOCS-UNASSIGNED" }));
            Assert.Equal(push.Originator is null, read.Notes.Any(n => n.Code == "PNR-ORG-MISSING"));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Multi_part_writing_puts_sequence_and_final_flag_in_UNH()
    {
        var push = PnrFiles.Crafted("multipart.edi").Single();

        var interchange = PnrgovWriter.ToInterchange(push);

        Assert.Equal([("01", "C"), ("02", "F")], interchange.Messages.Select(m => (m.Header.Value(4)!, m.PartFlag!)));
        Assert.Equal(push, PnrgovReader.Read(EdifactReader.Read(EdifactWriter.Write(interchange))).Single());
    }
}
