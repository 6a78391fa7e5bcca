using Gateway.Screening.Index;
using Gateway.Screening.Model;
using Gateway.Screening.Scoring;

namespace Gateway.UnitTests.Screening;

public sealed class IndexTests
{
    private static readonly WatchList Wanted = TestLists.List(ListKind.Wanted,
        TestLists.Person("exact-1970", "Ivan Dragomirov", dob: BirthDate.Exact(1970, 6, 15)),
        TestLists.Person("circa-1970", "Boris Kalashnikovsky", dob: BirthDate.Year(1970, approximate: true)),
        TestLists.Person("range", "Pavel Teodorescu", dob: BirthDate.Range(1960, 1965)),
        TestLists.Person("no-dob", "Anatoly Vershinsky"),
        TestLists.Person("doc", "Samir Haddadin", sex: 'M', nationalities: ["JOR"], documents: [new EntryDocument("K1234567", "JOR")]));

    private static readonly ScreeningIndex Index = ScreeningIndex.Build([Wanted,
        TestLists.List(ListKind.LostStolen, new ListEntry("lost-1", EntryType.Unknown, [], [], null, [], [new EntryDocument("X9876543", "FRA")], null))]);

    private static IReadOnlyList<Hit> Screen(string name, int? year = null, string? doc = null, string? country = null, char? sex = null, string? nat = null) =>
        Index.Screen(new ScreeningQuery(name, year is null ? null : BirthDate.Year(year.Value), sex, nat, doc, country), Band.Secondary).Hits;

    [Theory]
    [InlineData("Ivan Dragomirov", 1971, "exact-1970", true)] // ±1 year
    [InlineData("Ivan Dragomirov", 1972, "exact-1970", false)]
    [InlineData("Boris Kalashnikovsky", 1973, "circa-1970", true)] // ±3 for approximate dates
    [InlineData("Boris Kalashnikovsky", 1974, "circa-1970", false)]
    [InlineData("Pavel Teodorescu", 1966, "range", true)] // any year of a range, ±1
    [InlineData("Pavel Teodorescu", 1958, "range", false)]
    [InlineData("Anatoly Vershinsky", 1900, "no-dob", true)] // entries without a birth date stay in
    public void Birth_year_gate_keeps_only_compatible_entries(string name, int year, string reference, bool kept)
    {
        Assert.Equal(kept, Screen(name, year).Any(h => h.Reference == reference));
    }

    [Fact]
    public void Query_without_birth_date_is_not_gated()
    {
        Assert.Contains(Screen("Ivan Dragomirov"), h => h.Reference == "exact-1970");
    }

    [Fact]
    public void Exact_document_and_issuing_state_is_a_hit_by_itself()
    {
        var hit = Assert.Single(Screen("Completely Different Person", doc: "k123 4567", country: "JOR"));
        Assert.Equal("doc", hit.Reference);
        Assert.Equal(1.0, hit.Score);
        Assert.Equal(Band.Hold, hit.Band);
        Assert.NotNull(hit.Why.Document);
    }

    [Fact]
    public void Document_number_with_another_issuing_state_is_not_a_hit()
    {
        Assert.DoesNotContain(Screen("Completely Different Person", doc: "K1234567", country: "SYR"), h => h.Reference == "doc");
    }

    [Fact]
    public void Lost_stolen_documents_need_number_and_state_and_never_match_names()
    {
        var hit = Assert.Single(Screen("Anyone At All", doc: "X9876543", country: "FRA"));
        Assert.Equal(HitConsequence.DocumentInvalid, hit.Consequence);
        Assert.Empty(Screen("Anyone At All", doc: "X9876543"));
    }

    [Fact]
    public void Sex_and_nationality_mismatch_lower_the_score_and_say_why()
    {
        var plain = Screen("Samir Haddadin").Single(h => h.Reference == "doc");
        var mismatched = Screen("Samir Haddadin", sex: 'F', nat: "LBN").Single(h => h.Reference == "doc");
        Assert.True(mismatched.Score < plain.Score - 0.25);
        Assert.Equal(2, mismatched.Why.Adjustments.Count(a => a.Delta < 0));
    }

    [Fact]
    public void Exact_birth_date_raises_and_a_different_full_date_lowers_the_score()
    {
        var list = TestLists.List(ListKind.Wanted, TestLists.Person("p", "Ivan Dragomirov Petkov", dob: BirthDate.Exact(1970, 6, 15)));
        var index = ScreeningIndex.Build([list]);
        double ScoreWith(BirthDate? d) => index.Screen(new ScreeningQuery("Ivan Dragomirov Petkof", d), Band.Secondary).Hits.Single().Score;
        var none = ScoreWith(null);
        Assert.True(ScoreWith(BirthDate.Exact(1970, 6, 15)) > none);
        Assert.True(ScoreWith(BirthDate.Exact(1970, 2, 1)) < none);
    }

    [Fact]
    public void Candidates_come_from_keys_not_a_scan()
    {
        var result = Index.Screen(new ScreeningQuery("Zzyzx Qwerty"), Band.Secondary);
        Assert.Equal(0, result.Candidates);
        Assert.True(Index.KeyCount > 0);
    }
}
