using Gateway.Screening.Import;
using Gateway.Screening.Model;

namespace Gateway.UnitTests.Screening;

/// OFAC companion files (alt, add, comments) named by the caller rather than found by their standard names.
public sealed class OfacCsvFilesTests
{
    private static string Named(string file) => TestLists.File("ofac_named", file);

    [Fact]
    public void Companion_files_under_other_names_are_not_found_unless_named()
    {
        // ofac_named/ holds aliases_2025-12.csv and remarks_overflow.csv: no standard sibling name.
        var list = OfacCsvImporter.Load(Named("sdn.csv"), ListKind.Sanctions);
        Assert.Single(list.Entries[0].Names);
        Assert.Empty(list.Entries[3].Documents);
    }

    [Fact]
    public void Named_companion_files_are_read()
    {
        var files = new OfacCsvFiles(Alt: Named("aliases_2025-12.csv"), Comments: Named("remarks_overflow.csv"));
        var list = OfacCsvImporter.Load(Named("sdn.csv"), ListKind.Sanctions, files);
        Assert.Equal(["KIM, Jong Un", "KIM, Jong-un", "KIM, Jung Eun"], list.Entries[0].Names.Select(n => n.Full));
        // The passport is only in the comments overflow file.
        Assert.Equal(new EntryDocument("C0123456", "DEU", "Passport"), Assert.Single(list.Entries[3].Documents));
    }

    [Fact]
    public void A_named_companion_file_that_does_not_exist_is_an_error_naming_it()
    {
        var missing = Named("alt_typo.csv");
        var e = Assert.Throws<ListFormatException>(() => OfacCsvImporter.Load(Named("sdn.csv"), ListKind.Sanctions, new OfacCsvFiles(Alt: missing)));
        Assert.Contains("alt_typo.csv", e.Message, StringComparison.Ordinal);
        Assert.Contains("alt file named for sdn.csv does not exist", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_named_none_skips_even_the_standard_sibling()
    {
        // ofac/ has alt.csv beside sdn.csv; "-" says not to read it.
        var list = OfacCsvImporter.Load(TestLists.File("ofac", "sdn.csv"), ListKind.Sanctions, new OfacCsvFiles(Alt: OfacCsvFiles.None));
        Assert.Single(list.Entries[0].Names);
        Assert.Equal(BirthDate.Exact(1984, 1, 8), Assert.Single(list.Entries[0].BirthDates));
    }

    [Fact]
    public void The_list_spec_names_companion_files_after_the_path()
    {
        var spec = $"sanctions:ofac-csv:{Named("sdn.csv")}|alt={Named("aliases_2025-12.csv")}|comments={Named("remarks_overflow.csv")}";
        var source = ListSource.Parse(spec);
        Assert.Equal(Named("sdn.csv"), source.Path);
        Assert.Equal(new OfacCsvFiles(Named("aliases_2025-12.csv"), null, Named("remarks_overflow.csv")), source.OfacFiles);
        Assert.Equal(3, source.Load().Entries[0].Names.Count);
    }

    [Theory]
    [InlineData("sanctions:ofac-csv:sdn.csv|alias=a.csv", "role 'alias'")] // unknown role
    [InlineData("sanctions:ofac-csv:sdn.csv|alt=", "ROLE=PATH")] // a role without a path
    [InlineData("sanctions:ofac-csv:sdn.csv|alt=a.csv|alt=b.csv", "named twice")] // which alias file was meant?
    [InlineData("sanctions:un-xml:un.xml|alt=a.csv", "only for ofac-csv")] // other formats have no companion files
    public void Bad_companion_file_specs_are_refused_with_what_is_wrong(string spec, string expected)
    {
        var e = Assert.Throws<FormatException>(() => ListSource.Parse(spec));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
