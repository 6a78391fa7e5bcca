using System.Text.Json;
using Gateway.Cli;

namespace Gateway.UnitTests.Screening;

public sealed class ScreenCommandTests
{
    private static (int Code, string[] Out, string Err) Run(string stdin, string minBand = "review", params string[] lists)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = ScreenCommand.Run(lists, minBand, new StringReader(stdin), output, error);
        return (code, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), error.ToString());
    }

    private static readonly string Native = "entry-ban:native-csv:" + TestLists.File("native.csv");
    private static readonly string Json = "wanted:native-json:" + TestLists.File("native.json");

    [Fact]
    public void Answers_one_line_per_query_in_input_order_with_ref_list_score_band_and_why()
    {
        var (code, lines, err) = Run("""
            {"id":"q1","name":"Juergen Mueller","birthDate":"1971-02-03","sex":"M","nationality":"DEU"}
            {"id":"q2","name":"Nobody Inparticular"}
            {"id":"q3","name":"박지훈","birthDate":"1985-03-14"}
            """, "review", Native, Json);
        Assert.Equal(0, code);
        Assert.Equal("", err);
        Assert.Equal(3, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("q1", first.RootElement.GetProperty("id").GetString());
        var hit = first.RootElement.GetProperty("hits")[0];
        Assert.Equal("W-1", hit.GetProperty("ref").GetString());
        Assert.Equal("native.json", hit.GetProperty("list").GetString());
        Assert.Equal("hold", hit.GetProperty("band").GetString());
        Assert.True(hit.GetProperty("why").GetProperty("parts").GetArrayLength() >= 2);
        Assert.Equal(["ref", "list", "score", "band", "why"], hit.EnumerateObject().Select(p => p.Name));
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(0, second.RootElement.GetProperty("hits").GetArrayLength());
        using var third = JsonDocument.Parse(lines[2]);
        Assert.Equal("KR-EB-0001", third.RootElement.GetProperty("hits")[0].GetProperty("ref").GetString());
    }

    [Fact]
    public void Lost_stolen_document_query_hits_by_number_and_state()
    {
        var (_, lines, _) = Run("""{"id":"d","name":"Someone Else","documentNumber":"SX9981234","documentCountry":"USA"}""", "review",
            "lost-stolen:native-csv:" + TestLists.File("native.csv"));
        using var doc = JsonDocument.Parse(lines[0]);
        Assert.Equal("KR-LS-0003", doc.RootElement.GetProperty("hits")[0].GetProperty("ref").GetString());
    }

    [Fact]
    public void Min_band_hold_drops_lower_hits()
    {
        var (_, review, _) = Run("""{"id":"n","name":"Jurgen"}""", "secondary", Json);
        var (_, hold, _) = Run("""{"id":"n","name":"Jurgen"}""", "hold", Json);
        using var a = JsonDocument.Parse(review[0]);
        using var b = JsonDocument.Parse(hold[0]);
        Assert.True(a.RootElement.GetProperty("hits").GetArrayLength() > b.RootElement.GetProperty("hits").GetArrayLength());
    }

    [Fact]
    public void Bad_query_line_is_reported_on_stderr_with_its_line_and_a_non_zero_exit()
    {
        var (code, lines, err) = Run("{\"id\":\"ok\",\"name\":\"A B\"}\n{\"id\":\"x\"}\nnot json\n", "review", Json);
        Assert.Equal(1, code);
        Assert.Single(lines);
        Assert.Contains("stdin line 2", err, StringComparison.Ordinal);
        Assert.Contains("stdin line 3", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_list_is_rejected_with_its_line_and_exit_2()
    {
        var (code, lines, err) = Run("{\"id\":\"1\",\"name\":\"A B\"}\n", "review", "wanted:native-csv:" + TestLists.File("bad", "native_bad_date.csv"));
        Assert.Equal(2, code);
        Assert.Empty(lines);
        Assert.Contains("line 3", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_list_format_is_rejected()
    {
        var (code, _, err) = Run("", "review", "wanted:pdf:x.pdf");
        Assert.Equal(2, code);
        Assert.Contains("pdf", err, StringComparison.Ordinal);
    }
}
