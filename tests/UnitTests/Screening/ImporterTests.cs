using Gateway.Screening.Import;
using Gateway.Screening.Model;

namespace Gateway.UnitTests.Screening;

public sealed class ImporterTests
{
    [Fact]
    public void Ofac_csv_reads_sdn_with_aliases_comments_and_remarks_beside_it()
    {
        var list = OfacCsvImporter.Load(TestLists.File("ofac", "sdn.csv"), ListKind.Sanctions);
        Assert.Equal(4, list.Entries.Count);
        var kim = list.Entries[0];
        Assert.Equal("100", kim.Reference);
        Assert.Equal(EntryType.Person, kim.Type);
        Assert.Equal(["KIM, Jong Un", "KIM, Jong-un", "KIM, Jung Eun"], kim.Names.Select(n => n.Full));
        Assert.Equal("KIM", kim.Names[0].Surname);
        Assert.True(kim.Names[2].Weak);
        Assert.Equal(BirthDate.Exact(1984, 1, 8), Assert.Single(kim.BirthDates));
        Assert.Equal('M', kim.Sex);
        Assert.Equal(["PRK"], kim.Nationalities);
        Assert.Equal(new EntryDocument("836410035", "PRK", "Passport"), Assert.Single(kim.Documents));
        Assert.Equal(EntryType.Organisation, list.Entries[1].Type);
        Assert.Equal(BirthDate.Year(1926, approximate: true), Assert.Single(list.Entries[2].BirthDates));
        var mueller = list.Entries[3];
        Assert.Equal([BirthDate.Range(1960, 1962), BirthDate.Exact(1961, 5, 5)], mueller.BirthDates);
        // The passport is only in the comments overflow file.
        Assert.Equal(new EntryDocument("C0123456", "DEU", "Passport"), Assert.Single(mueller.Documents));
    }

    [Fact]
    public void Ofac_csv_with_a_short_row_is_rejected_naming_the_line()
    {
        var e = Assert.Throws<ListFormatException>(() => OfacCsvImporter.Load(TestLists.File("bad", "sdn_short_row.csv"), null, null, null, ListKind.Sanctions));
        Assert.Equal(2, e.Line);
        Assert.Contains("expected 12 fields, found 6", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ofac_xml_reads_entries_ids_gender_aliases_and_dates()
    {
        var list = OfacXmlImporter.Load(TestLists.File("ofac_sdn.xml"), ListKind.Sanctions);
        Assert.Equal(2, list.Entries.Count);
        var ali = list.Entries[1];
        Assert.Equal("7001", ali.Reference);
        Assert.Equal(["Ali HASSAN", "ABU ALI"], ali.Names.Select(n => n.Full));
        Assert.True(ali.Names[1].Weak);
        Assert.Equal('M', ali.Sex);
        Assert.Equal(["IRN"], ali.Nationalities);
        Assert.Equal(BirthDate.Exact(1970, 3, 12), Assert.Single(ali.BirthDates));
        Assert.Equal("P-12345", Assert.Single(ali.Documents).Number);
    }

    [Fact]
    public void Un_xml_reads_original_script_quality_and_every_birth_date_form()
    {
        var list = UnXmlImporter.Load(TestLists.File("un.xml"), ListKind.Sanctions);
        Assert.Equal(2, list.Entries.Count);
        var p = list.Entries[0];
        Assert.Equal("QDi.999", p.Reference);
        Assert.Equal(new DateOnly(2010, 5, 1), p.ListedOn);
        Assert.Contains(p.Names, n => n.OriginalScript && n.Full == "Владимир Петров");
        Assert.Contains(p.Names, n => n.Weak && n.Full == "Volodya");
        Assert.Equal([BirthDate.Year(1965, approximate: true), BirthDate.Range(1966, 1968)], p.BirthDates);
        Assert.Equal(["RUS"], p.Nationalities);
        Assert.Equal(new EntryDocument("75 1234567", "RUS", "Passport"), Assert.Single(p.Documents));
        Assert.Equal(EntryType.Organisation, list.Entries[1].Type);
    }

    [Fact]
    public void Un_xml_syntax_error_is_rejected_with_its_line()
    {
        var e = Assert.Throws<ListFormatException>(() => UnXmlImporter.Load(TestLists.File("bad", "un_broken.xml"), ListKind.Sanctions));
        Assert.Equal(7, e.Line);
    }

    [Fact]
    public void Un_xml_individual_without_a_name_is_rejected_naming_the_record()
    {
        var e = Assert.Throws<ListFormatException>(() => UnXmlImporter.Load(TestLists.File("bad", "un_no_name.xml"), ListKind.Sanctions));
        Assert.Equal(5, e.Line);
        Assert.Contains("INDIVIDUAL #2 (DATAID 2) has no name", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Uk_csv_groups_rows_by_group_id_and_reads_year_only_dates()
    {
        var list = UkCsvImporter.Load(TestLists.File("uk.csv"), ListKind.Sanctions);
        Assert.Equal(2, list.Entries.Count);
        var q = list.Entries[0];
        Assert.Equal("13349", q.Reference);
        Assert.Equal(["Farooq AL-QAHTANI", "Abu Farouq QAHTANI"], q.Names.Select(n => n.Full));
        Assert.Equal("AL-QAHTANI", q.Names[0].Surname);
        Assert.Equal([BirthDate.Year(1980), BirthDate.Year(1981)], q.BirthDates);
        Assert.Equal(["SAU", "QAT"], q.Nationalities);
        Assert.Equal("592667", Assert.Single(q.Documents).Number);
        Assert.Equal(EntryType.Organisation, list.Entries[1].Type);
    }

    [Fact]
    public void Uk_csv_row_with_missing_fields_is_rejected_naming_the_line()
    {
        var e = Assert.Throws<ListFormatException>(() => UkCsvImporter.Load(TestLists.File("bad", "uk_short_row.csv"), ListKind.Sanctions));
        Assert.Equal(4, e.Line);
    }

    [Fact]
    public void Eu_csv_reads_wrapped_lines_and_gathers_facts_per_entity()
    {
        var list = EuCsvImporter.Load(TestLists.File("eu.csv"), ListKind.Sanctions);
        Assert.Equal(2, list.Entries.Count);
        var s = list.Entries[0];
        Assert.Equal("13", s.Reference);
        Assert.Equal(["Saddam Hussein Al-Tikriti", "Abu Ali"], s.Names.Select(n => n.Full));
        Assert.Equal('M', s.Sex);
        Assert.Equal(BirthDate.Exact(1937, 4, 28), Assert.Single(s.BirthDates));
        Assert.Equal(new EntryDocument("AD001095", "IRQ", "Passport"), Assert.Single(s.Documents));
        Assert.Equal(["IRQ"], s.Nationalities);
    }

    [Fact]
    public void Eu_csv_row_with_an_extra_field_is_rejected_naming_the_line()
    {
        var e = Assert.Throws<ListFormatException>(() => EuCsvImporter.Load(TestLists.File("bad", "eu_extra_field.csv"), ListKind.Sanctions));
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void Native_csv_reads_parts_aliases_scripts_dates_and_documents()
    {
        var list = NativeCsvImporter.Load(TestLists.File("native.csv"), ListKind.EntryBan);
        Assert.Equal(3, list.Entries.Count);
        var park = list.Entries[0];
        Assert.Equal(["Ji Hoon PARK", "Pak Chi Hun", "박지훈"], park.Names.Select(n => n.Full));
        Assert.True(park.Names[2].OriginalScript);
        Assert.Equal(new EntryDocument("M12345678", "KOR", "passport"), Assert.Single(park.Documents));
        Assert.Equal(new DateOnly(2024, 1, 15), park.ListedOn);
        var oneill = list.Entries[1];
        Assert.Equal([BirthDate.Year(1970, approximate: true), BirthDate.Range(1975, 1977)], oneill.BirthDates);
        Assert.Equal(["IRL", "GBR"], oneill.Nationalities);
        Assert.Empty(list.Entries[2].Names);
    }

    [Fact]
    public void Native_csv_bad_birth_date_is_rejected_naming_the_line()
    {
        var e = Assert.Throws<ListFormatException>(() => NativeCsvImporter.Load(TestLists.File("bad", "native_bad_date.csv"), ListKind.EntryBan));
        Assert.Equal(3, e.Line);
        Assert.Contains("1970-13-45", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Native_json_reads_entries_with_aliases_in_any_script()
    {
        var list = NativeJsonImporter.Load(TestLists.File("native.json"), ListKind.Wanted);
        Assert.Equal(2, list.Entries.Count);
        Assert.Equal(["Jürgen Müller", "Juergen Mueller", "Юрген Мюллер"], list.Entries[0].Names.Select(n => n.Full));
        Assert.Equal("Müller", list.Entries[0].Names[0].Surname);
        Assert.Equal(BirthDate.Year(1980), Assert.Single(list.Entries[1].BirthDates));
    }

    [Theory]
    [InlineData("native_bad_sex.json", "entries[1] (ref B)", "sex 'Q'")]
    [InlineData("native_syntax.json", "line 2", "JSON syntax")]
    public void Native_json_errors_name_the_entry_or_line(string file, string where, string what)
    {
        var e = Assert.Throws<ListFormatException>(() => NativeJsonImporter.Load(TestLists.File("bad", file), ListKind.Wanted));
        Assert.Contains(where, e.Message, StringComparison.Ordinal);
        Assert.Contains(what, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("entry-ban:native-csv:x.csv", ListKind.EntryBan, "native-csv", "x.csv")]
    [InlineData("lost-stolen:native-json:C:/lists/x.json", ListKind.LostStolen, "native-json", "C:/lists/x.json")] // a colon in the path stays in the path
    public void List_source_parses_kind_format_and_path(string spec, ListKind kind, string format, string path)
    {
        Assert.Equal(new ListSource(kind, format, path), ListSource.Parse(spec));
    }

    [Theory]
    [InlineData("banned:native-csv:x.csv", "list kind 'banned'")]
    [InlineData("wanted:pdf:x.pdf", "list format 'pdf'")]
    [InlineData("wanted", "not KIND:FORMAT:PATH")]
    public void List_source_rejects_unknown_kinds_and_formats(string spec, string message)
    {
        var e = Assert.Throws<FormatException>(() => ListSource.Parse(spec));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ListKind.EntryBan, HitConsequence.InboundDoNotBoard)]
    [InlineData(ListKind.DepartureBan, HitConsequence.OutboundDoNotBoard)]
    [InlineData(ListKind.Sanctions, HitConsequence.OfficerReview)]
    [InlineData(ListKind.Wanted, HitConsequence.OfficerReview)]
    [InlineData(ListKind.LostStolen, HitConsequence.DocumentInvalid)]
    public void List_kinds_carry_their_consequence(ListKind kind, HitConsequence consequence) => Assert.Equal(consequence, kind.Consequence());
}
