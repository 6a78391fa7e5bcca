using FsCheck;
using FsCheck.Fluent;
using Gateway.Adapters.Edifact;
using Gateway.Adapters.Paxlst;
using Gateway.Schemas.Manifests;

namespace Gateway.UnitTests.Paxlst;

public sealed class PaxlstRoundTripTests
{
    private static readonly DateTime Prepared = new(2026, 11, 22, 9, 15, 0);

    [Fact]
    public void Generated_manifests_written_and_read_back_are_equal()
    {
        Prop.ForAll(ManifestGen.Manifest.ToArbitrary(), m =>
        {
            var back = Assert.Single(PaxlstReader.Read(EdifactReader.Read(PaxlstWriter.Write(m, Prepared))).Manifests);
            Assert.Equal(m, back);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Generated_manifests_split_into_parts_are_assembled_back_into_the_same_list()
    {
        var cases = ManifestGen.Manifest.SelectMany(m => Gen.Choose(1, 3).Select(size => (m, size)));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (m, size) = c;
            int parts = Math.Max(1, (m.Travellers.Count + size - 1) / size);
            var back = Assert.Single(PaxlstReader.Read(EdifactReader.Read(PaxlstWriter.Write(m, Prepared, size))).Manifests);
            Assert.Equal(m with { Header = m.Header with { Parts = parts } }, back);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Generated_manifests_survive_any_set_of_delimiters()
    {
        var delimiters = Gen.Shuffle("|*~!^#".ToCharArray()).Select(c => new Delimiters(c[0], c[1], '.', c[2], null, c[3]));
        var cases = ManifestGen.Manifest.SelectMany(m => delimiters.Select(d => (m, d)));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var back = Assert.Single(PaxlstReader.Read(EdifactReader.Read(PaxlstWriter.Write(c.m, Prepared, delimiters: c.d))).Manifests);
            Assert.Equal(c.m, back);
        }).QuickCheckThrowOnFailure();
    }
}
