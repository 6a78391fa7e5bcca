using Gateway.Screening.Import;
using Gateway.Screening.Model;

namespace Gateway.UnitTests.Screening;

/// Every list in ../shared/watchlists is read whole; counts and sample records are checked against the files.
public sealed class SharedListTests
{
    private static string W(string file) => SharedPaths.Get("watchlists", file);

    [SharedFact]
    public void Ofac_sdn_2024_reads_every_record_with_remarks_parsed()
    {
        var list = OfacCsvImporter.Load(W("ofac_sdn_maxent40018_commit2024-04.csv"), W("ofac_alt_maxent56636_commit2025-12.csv"),
            W("ofac_add_maxent56682_commit2025-12.csv"), W("ofac_sdn_comments_commit2025-12.csv"), ListKind.Sanctions);
        Assert.Equal(11567, list.Entries.Count);
        var nasrallah = list.Entries.Single(e => e.Reference == "2686");
        Assert.Equal("NASRALLAH, Hasan", nasrallah.Names[0].Full);
        Assert.Equal(4, nasrallah.BirthDates.Count);
        Assert.Equal('M', nasrallah.Sex);
        Assert.Contains(new EntryDocument("042833", "LBN", "Passport"), nasrallah.Documents);
        Assert.True(list.Entries.Count(e => e.Type == EntryType.Person) > 4000);
    }

    [SharedFact]
    public void Ofac_2021_set_reads_sdn_alt_add_and_comments()
    {
        var list = OfacCsvImporter.Load(W("ofac_sdn_set2021_maxent32391.csv"), W("ofac_alt_set2021.csv"), W("ofac_add_set2021.csv"), W("ofac_sdn_comments_set2021.csv"), ListKind.Sanctions);
        Assert.Equal(8976, list.Entries.Count);
        Assert.Equal(4620, list.Entries.Count(e => e.Type == EntryType.Person));
        Assert.Equal(8976 + 11910, list.Entries.Sum(e => e.Names.Count));
    }

    [SharedFact]
    public void Ofac_consolidated_non_sdn_csv_set_reads()
    {
        var list = OfacCsvImporter.Load(W("ofac_cons_nonsdn_prim.csv"), W("ofac_cons_nonsdn_alt.csv"), W("ofac_cons_nonsdn_add.csv"), W("ofac_cons_nonsdn_comments.csv"), ListKind.Sanctions);
        Assert.Equal(442, list.Entries.Count);
    }

    [SharedFact]
    public void Ofac_xml_reads_the_consolidated_sdnlist()
    {
        var list = OfacXmlImporter.Load(W("ofac_cons_nonsdn_2018-04.xml"), ListKind.Sanctions);
        Assert.Equal(639, list.Entries.Count);
        Assert.Equal("BANK MARKAZI JOMHOURI ISLAMI IRAN", list.Entries.Single(e => e.Reference == "4632").Names[0].Full);
    }

    [SharedFact]
    public void Un_consolidated_xml_reads_individuals_entities_aliases_and_dates()
    {
        var list = UnXmlImporter.Load(W("un_sc_consolidated_2026-02-27.xml"), ListKind.Sanctions);
        Assert.Equal(730, list.Entries.Count(e => e.Type == EntryType.Person));
        Assert.Equal(273, list.Entries.Count(e => e.Type == EntryType.Organisation));
        Assert.Equal(336, list.Entries.Count(e => e.Type == EntryType.Person && e.Names.Any(n => n.OriginalScript)));
        var badege = list.Entries.Single(e => e.Reference == "CDi.001");
        Assert.Equal("ERIC BADEGE", badege.Names[0].Full);
        Assert.Equal(BirthDate.Year(1971), Assert.Single(badege.BirthDates));
        Assert.Equal(new DateOnly(2012, 12, 31), badege.ListedOn);
        Assert.Equal(454, list.Entries.Sum(e => e.Documents.Count));
    }

    [SharedFact]
    public void Uk_hmt_2014_reads_every_row_grouped()
    {
        var list = UkCsvImporter.Load(W("uk_hmt_conlist_2014-04-02.csv"), ListKind.Sanctions);
        Assert.Equal(2297, list.Entries.Count);
        Assert.Contains(list.Entries, e => e.Names.Any(n => n.Full == "2ND ACADEMY OF NATURAL SCIENCES"));
    }

    [SharedFact]
    public void Uk_hmt_2020_partial_with_leading_empty_column_reads()
    {
        var list = UkCsvImporter.Load(W("uk_hmt_conlist_2020_partial.csv"), ListKind.Sanctions);
        var q = list.Entries.Single(e => e.Reference == "13349");
        Assert.Equal("Sheikh Farooq AL-QAHTANI", q.Names[0].Full);
        Assert.Contains(BirthDate.Year(1980), q.BirthDates);
    }

    [SharedFact]
    public void Eu_fsf_first_1000_rows_read()
    {
        var list = EuCsvImporter.Load(W("eu_fsf_consolidated_2018-07_first1000rows.csv"), ListKind.Sanctions);
        var mugabe = list.Entries.Single(e => e.Reference == "1");
        Assert.Equal("Robert Gabriel Mugabe", mugabe.Names[0].Full);
        Assert.Contains(BirthDate.Exact(1924, 2, 21), mugabe.BirthDates);
        Assert.Contains(mugabe.Documents, d => d.Number == "AD001095");
        Assert.Equal(EntryType.Person, mugabe.Type);
        Assert.Equal('M', mugabe.Sex);
    }
}
