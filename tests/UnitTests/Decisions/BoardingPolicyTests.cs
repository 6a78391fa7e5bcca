using System.Text.RegularExpressions;
using Gateway.Schemas.Reports;
using Gateway.Screening.Model;
using Gateway.Screening.Scoring;
using static Gateway.UnitTests.Decisions.BoardingCase;

namespace Gateway.UnitTests.Decisions;

/// <summary>
/// Every row of the boarding table in docs/DECISIONS.md, table-driven with the reason for each case: the code, the first
/// reason, its ground and the carrier's duty, through the boarding policy and (for confirmed hits) the hit review's path.
/// The doc and the cases are held to each other: each case must be a row of the doc, each row must have a case.
/// </summary>
public sealed partial class BoardingPolicyTests
{
    private const TravelDirection In = TravelDirection.Arrival;
    private const TravelDirection Out = TravelDirection.Departure;
    private static readonly Finding[] NoFindings = [];

    private static BoardingCase Hit(string why, string code, string? reason, string? ground, TravelDirection direction, string nationality,
        ListKind kind, Band band, bool confirmed = false) =>
        new(why, code, reason, ground, ground is null ? null : "Act 73", direction, Person(nationality), [On(kind, band)], NoFindings, confirmed);

    private static readonly BoardingCase[] All =
    [
        Hit("an entry ban bars a foreigner arriving", "1Z", "HIT-ENTRY-BAN", "Act 11", In, "RUS", ListKind.EntryBan, Band.Hold),
        Hit("an entry ban does not bear on leaving", "0Z", null, null, Out, "RUS", ListKind.EntryBan, Band.Hold),
        Hit("a review-band entry-ban match arriving asks an officer", "2Z", "HIT-ENTRY-BAN", "Act 11", In, "RUS", ListKind.EntryBan, Band.Review),
        Hit("a departure ban bars a national leaving (Act 4)", "1Z", "HIT-DEPARTURE-BAN", "Act 4", Out, "KOR", ListKind.DepartureBan, Band.Hold),
        Hit("a departure suspension bars a foreigner leaving (Act 29)", "1Z", "HIT-DEPARTURE-BAN", "Act 29", Out, "USA", ListKind.DepartureBan, Band.Hold),
        Hit("a departure ban does not bear on arriving", "0Z", null, null, In, "KOR", ListKind.DepartureBan, Band.Hold),
        Hit("a review-band departure-ban match leaving asks an officer", "2Z", "HIT-DEPARTURE-BAN", "Act 4", Out, "KOR", ListKind.DepartureBan, Band.Review),
        Hit("a lost or stolen document bars arriving", "1Z", "HIT-LOST-STOLEN", "Act 73", In, "GBR", ListKind.LostStolen, Band.Hold),
        Hit("a lost or stolen document bars leaving too", "1Z", "HIT-LOST-STOLEN", "Act 73", Out, "KOR", ListKind.LostStolen, Band.Hold),
        Hit("a review-band lost-stolen match asks an officer", "2Z", "HIT-LOST-STOLEN", "Act 73", In, "GBR", ListKind.LostStolen, Band.Review),
        Hit("a sanctions hold-band hit arriving is for an officer, on the entry-ban ground", "2Z", "HIT-SANCTIONS", "Act 11", In, "IRN", ListKind.Sanctions, Band.Hold),
        Hit("a sanctions hit on a national leaving rests on the departure ban", "2Z", "HIT-SANCTIONS", "Act 4", Out, "KOR", ListKind.Sanctions, Band.Hold),
        Hit("a review-band sanctions match on a foreigner leaving rests on departure suspension", "2Z", "HIT-SANCTIONS", "Act 29", Out, "IRN", ListKind.Sanctions, Band.Review),
        Hit("a wanted hold-band hit arriving is for an officer", "2Z", "HIT-WANTED", "Act 11", In, "FRA", ListKind.Wanted, Band.Hold),
        Hit("a review-band wanted match on a national leaving", "2Z", "HIT-WANTED", "Act 4", Out, "KOR", ListKind.Wanted, Band.Review),
        Hit("a secondary-band sanctions match decides nothing", "0Z", null, null, In, "IRN", ListKind.Sanctions, Band.Secondary),
        Hit("an officer confirmed a lost-stolen hit: the same ground as the policy's", "1Z", "HIT-CONFIRMED", "Act 73", In, "GBR", ListKind.LostStolen, Band.Review, confirmed: true),
        Hit("an officer confirmed a sanctions hit arriving: the entry ban", "1Z", "HIT-CONFIRMED", "Act 11", In, "IRN", ListKind.Sanctions, Band.Hold, confirmed: true),
        Hit("an officer confirmed a sanctions hit on a foreigner leaving: departure suspension", "1Z", "HIT-CONFIRMED", "Act 29", Out, "IRN", ListKind.Sanctions, Band.Hold, confirmed: true),
        Hit("an officer confirmed a departure ban on a national leaving", "1Z", "HIT-CONFIRMED", "Act 4", Out, "KOR", ListKind.DepartureBan, Band.Review, confirmed: true),
        Hit("an officer confirmed an entry ban on someone leaving: it does not apply", "0Z", null, null, Out, "RUS", ListKind.EntryBan, Band.Hold, confirmed: true),
        new("an expired passport bars boarding", "1Z", "DOC-NOT-VALID", "Act 73", "Act 73", In, Person("GBR"), [], [Error("A73-DOC-EXPIRED", "Act 73")]),
        new("a passport not yet valid bars boarding", "1Z", "DOC-NOT-VALID", "Act 73", "Act 73", Out, Person("KOR"), [], [Error("A73-DOC-NOT-YET-VALID", "Act 73")]),
        new("a visa-required foreigner arriving without a visa", "1Z", "VISA-MISSING", "Act 7", "Act 73", In, Person("AFG"), [], NoFindings),
        new("a visa-required foreigner arriving with a visa boards", "0Z", null, null, null, In, Person("AFG", visa: true), [], NoFindings),
        new("no visa is asked of someone leaving", "0Z", null, null, null, Out, Person("AFG"), [], NoFindings),
        new("no visa is asked of crew", "0Z", null, null, null, In, Person("AFG", crew: true), [], NoFindings),
        new("a missing birth date: resend, supplementing the report", "4Z", "DATA-INSUFFICIENT", "Decree 87(2)3", "Decree 87(4)", In, Person("JPN"), [], [Error("D87-2-3-DOB-MISSING", "Decree 87(2)3")]),
        new("a missing nationality: resend", "4Z", "DATA-INSUFFICIENT", "Decree 87(2)1", "Decree 87(4)", Out, Person("KOR"), [], [Error("D87-2-1-NAT-MISSING", "Decree 87(2)1")]),
        new("a warning on Decree 87(2) data decides nothing", "0Z", null, null, null, In, Person("JPN"), [], [Error("D87-2-2-NAME-SHORT", "Decree 87(2)2", severity: Severity.Warning)]),
        new("another traveller's error is not this one's", "0Z", null, null, null, In, Person("JPN"), [], [Error("D87-2-3-DOB-MISSING", "Decree 87(2)3", traveller: 1)]),
        new("a banned person is never told to resend: 1Z outranks 4Z", "1Z", "HIT-ENTRY-BAN", "Act 11", "Act 73", In, Person("RUS"), [On(ListKind.EntryBan, Band.Hold)], [Error("D87-2-4-SEX-MISSING", "Decree 87(2)4")]),
        new("missing data outranks an advisory: 4Z before 2Z", "4Z", "DATA-INSUFFICIENT", "Decree 87(2)5", "Decree 87(4)", In, Person("IRN"), [On(ListKind.Sanctions, Band.Hold)], [Error("D87-2-5-DOC-MISSING", "Decree 87(2)5")]),
        new("a hold-band ban outranks a review-band match: the 1Z reason comes first", "1Z", "HIT-ENTRY-BAN", "Act 11", "Act 73", In, Person("RUS"), [On(ListKind.Wanted, Band.Review), On(ListKind.EntryBan, Band.Hold)], NoFindings),
        new("a clean traveller boards", "0Z", null, null, null, In, Person("KOR"), [], NoFindings),
    ];

    public static TheoryData<BoardingCase> Cases => new(All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_gets_its_code_reason_ground_and_duty(BoardingCase row)
    {
        var decision = row.Decide();
        Assert.Equal(row.Code, decision.Code);
        if (row.Reason is null)
        {
            Assert.Empty(decision.Reasons);
            return;
        }
        var first = decision.Reasons[0];
        Assert.Equal((row.Reason, row.Ground, row.Duty), (first.Code, first.Article, first.Duty));
        Assert.All(decision.Reasons, r => Assert.False(string.IsNullOrEmpty(r.Duty), $"{r.Code} cites no duty"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_is_a_row_of_the_decisions_doc_with_its_ground_and_duty(BoardingCase row)
    {
        var matches = DocRows().Where(r => Covers(r, row)).ToList();
        var doc = Assert.Single(matches);
        if (row.Ground is not null) Assert.Contains(row.Ground, doc.Grounds);
        if (row.Duty is not null) Assert.Contains(row.Duty, doc.Duties);
    }

    [Fact]
    public void Every_row_and_reason_of_the_decisions_doc_has_a_case()
    {
        var rows = DocRows();
        Assert.True(rows.Count >= 10, $"only {rows.Count} rows read from docs/DECISIONS.md");
        foreach (var r in rows)
        {
            foreach (var reason in r.Reasons.DefaultIfEmpty(null))
            {
                Assert.True(All.Any(c => c.Code == r.Code && c.Reason == reason), $"no case for {r.Code} {reason ?? "(no reason)"}");
            }
        }
    }

    private static bool Covers(DocRow r, BoardingCase c) => r.Code == c.Code && (c.Reason is null ? r.Reasons.Count == 0 : r.Reasons.Contains(c.Reason));

    private sealed record DocRow(string Code, IReadOnlyList<string> Reasons, IReadOnlyList<string> Grounds, IReadOnlyList<string> Duties);

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Quoted();

    private static List<DocRow> DocRows()
    {
        string text = File.ReadAllText(Path.Combine(Support.TestFiles.RepoRoot(), "docs", "DECISIONS.md")).ReplaceLineEndings("\n");
        int start = text.IndexOf("## Boarding", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/DECISIONS.md has no boarding section");
        int end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var rows = new List<DocRow>();
        foreach (var line in text[start..(end < 0 ? text.Length : end)].Split('\n'))
        {
            if (!line.StartsWith("| ", StringComparison.Ordinal) || !char.IsDigit(line[2])) continue;
            var cells = line.Split('|');   // "", precedence, code, reason, when, ground, duty, ""
            rows.Add(new DocRow(Codes(cells[2]).Single(), Codes(cells[3]), Codes(cells[5]), Codes(cells[6])));
        }
        return rows;
    }

    private static List<string> Codes(string cell) => [.. Quoted().Matches(cell).Select(m => m.Groups[1].Value)];
}
