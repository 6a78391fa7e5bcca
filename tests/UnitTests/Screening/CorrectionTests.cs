using Gateway.Screening.Index;
using Gateway.Screening.Model;
using Gateway.Screening.Scoring;
using Gateway.Screening.Text;

namespace Gateway.UnitTests.Screening;

/// <summary>Misspelt parts corrected against the list's own spellings (TokenCorrections and the corrected pair keys).</summary>
public sealed class CorrectionTests
{
    private static string Filler(string prefix, int i) => prefix + (char)('A' + i / 26) + (char)('A' + i % 26) + "OVA";

    /// <summary>
    /// BERNARD and FLEMING are each carried by 60 other names, more than the (lowered) common-key limits: their token and
    /// delete keys are skipped as noise, as a million-entry list skips its common parts.
    /// </summary>
    private static readonly ScreeningIndex CommonParts = ScreeningIndex.Build(
        [TestLists.List(ListKind.Wanted, [
            TestLists.Person("target", "Bernard Fleming", surname: "Fleming"),
            .. Enumerable.Range(0, 60).Select(i => TestLists.Person("b" + i, "Bernard " + Filler("Q", i))),
            .. Enumerable.Range(0, 60).Select(i => TestLists.Person("f" + i, Filler("Z", i) + " Fleming")),
        ])],
        new ScreeningOptions { CommonKeyPostings = 20, CommonDeletePostings = 20 });

    [Theory]
    [InlineData("Bcrnard Flemming")] // a substitution and an insertion
    [InlineData("Flemign Brenard")] // two swaps, order reversed
    public void A_name_with_every_common_part_misspelt_finds_its_list_name(string traveller)
    {
        var result = CommonParts.Screen(new ScreeningQuery(traveller), Band.Secondary);
        Assert.Contains(result.Hits, h => h.Reference == "target" && h.Band >= Band.Review);
    }

    [Fact]
    public void A_misspelt_part_corrects_to_list_spellings_one_edit_away_only()
    {
        var normalizer = new NameNormalizer(cacheTokens: true);
        foreach (var name in new[] { "Bernard Fleming", "Bernardo Flemings", "Leonard Fleeming" }) normalizer.Normalize(name, null);
        var corrections = new TokenCorrections(normalizer.Interned);
        var into = new string?[TokenCorrections.MaxPerPart];

        int n = corrections.Of("bcrnard", into);
        Assert.Equal(new string?[] { "bernard" }, into[..n]); // not leonard: two edits away
        n = corrections.Of("fleming", into);
        Assert.Equal(new string?[] { "fleeming", "flemings" }, into[..n].Order(StringComparer.Ordinal)); // itself excluded
        Assert.Equal(0, corrections.Of("lee", into)); // too short to correct
    }
}
