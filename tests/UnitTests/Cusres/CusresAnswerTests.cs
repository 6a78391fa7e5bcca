using FsCheck;
using FsCheck.Fluent;
using Gateway.Adapters.Cusres;
using Gateway.Adapters.Edifact;
using Gateway.Schemas;
using Gateway.Schemas.Responses;
using Gateway.UnitTests.Contrl;

namespace Gateway.UnitTests.Cusres;

/// <summary>
/// <see cref="CusresWriter.WriteAnswer"/>: whatever a request carried, the answer can be sent — raised to the syntax
/// level that carries the echoed values, split past the directory's ERP limit, in the default directory when the
/// request's is not one — or the value no CUSRES can carry is named.
/// </summary>
public sealed class CusresAnswerTests
{
    private static readonly CusresWriterOptions Fixed = new() { Clock = new ContrlFiles.FixedClock(new DateTimeOffset(2025, 3, 14, 9, 13, 0, TimeSpan.Zero)) };

    private static BoardingResponse Answer(int passengers, string recipient = "YYDCS", string? version = null, Func<int, string>? avf = null) =>
        new(new ResponseHeader("KRIMMI", recipient, "G0000000000001", "R1", version, "YY0815/250314/1130", Test: false),
            ResponseDocumentCodes.Response, "YY0815250314A",
            ValueList.Of(new ResponseFlight("YY0815", new MessageDate("2503141130", "201"), null, "FRA", "ICN")),
            ValueList<ResponseEntry>.Own([.. Enumerable.Range(1, passengers).Select(i => ResponseEntry.ForPassenger(
                avf?.Invoke(i) ?? $"K{i:D5}", $"{i:D4}", ResponseCodeTable.Default.For(BoardingStatus.OkToBoard), "OK TO BOARD"))]),
            ValueList<FreeText>.Empty, ValueList<ResponseReference>.Empty);

    [Theory]
    [InlineData("KE_DCS", "UNOB", "a real carrier's sender id with _ under UNOA")]
    [InlineData("ke-dcs", "UNOB", "lower case")]
    [InlineData("DÉPART", "UNOC", "Latin-1")]
    [InlineData("서울DCS", "UNOY", "beyond Latin-1")]
    [InlineData("YYDCS", "UNOA", "nothing to raise")]
    public void An_answer_is_raised_to_the_lowest_syntax_level_that_carries_the_echoed_values(string recipient, string level, string why)
    {
        string text = CusresWriter.WriteAnswer(Answer(2, recipient), Fixed);

        Assert.True(text.StartsWith($"UNA:+.? 'UNB+{level}:4+KRIMMI:ZZ+{recipient}:ZZ+", StringComparison.Ordinal), why + ": " + text[..60]);
        Assert.Equal(recipient, Assert.Single(CusresReader.Read(text).Responses).Header.Recipient);
        // Write keeps to the configured level and names the value it cannot carry.
        if (level != "UNOA") Assert.True(Assert.Throws<CusresValueException>(() => CusresWriter.Write(Answer(2, recipient), Fixed)).Repertoire);
    }

    [Fact]
    public void An_answer_with_more_passengers_than_the_directory_allows_is_split_into_numbered_parts_of_one_interchange()
    {
        var big = Answer(250);
        Assert.Throws<ArgumentException>(() => CusresWriter.Write(big, Fixed));

        string text = CusresWriter.WriteAnswer(big, Fixed);

        var read = CusresReader.Read(text);
        Assert.Empty(read.Notes);
        Assert.Equal([99, 99, 52], read.Responses.Select(r => r.Entries.Count));
        Assert.Equal(big.Entries, ValueList<ResponseEntry>.Own([.. read.Responses.SelectMany(r => r.Entries)]));
        Assert.Equal(["R11", "R12", "R13"], read.Responses.Select(r => r.Header.MessageReference));
        Assert.All(read.Responses, r => Assert.Equal((big.TransactionReference, big.Flights, big.Header.CommonAccessReference),
            (r.TransactionReference, r.Flights, r.Header.CommonAccessReference)));
        var sequences = EdifactReader.Read(text).Interchange.AllMessages.Select(m => m.Header.Value(4) + ":" + m.Header.Value(4, 1));
        Assert.Equal(["01:C", "02:C", "03:F"], sequences);
    }

    [Fact]
    public void An_answer_in_a_directory_from_d10a_carries_more_than_99_passengers_in_one_message()
    {
        var read = CusresReader.Read(CusresWriter.WriteAnswer(Answer(120, version: "D:12B"), Fixed));
        Assert.Equal(120, Assert.Single(read.Responses).Entries.Count);
    }

    [Fact]
    public void An_answer_to_a_request_in_no_un_directory_is_written_in_the_default_one()
    {
        var read = CusresReader.Read(CusresWriter.WriteAnswer(Answer(1, version: "D:0XB"), Fixed));
        Assert.Equal("D:05B", Assert.Single(read.Responses).Header.Version);
    }

    [Fact]
    public void A_value_no_syntax_level_carries_is_refused_naming_its_erp_group_and_element()
    {
        var tab = Assert.Throws<CusresValueException>(() => CusresWriter.WriteAnswer(Answer(3, avf: i => i == 2 ? "AB\tC" : "ABC"), Fixed));
        Assert.Equal((2, "RFF 1154", true), (tab.Group, tab.Element, tab.Repertoire));
        Assert.Contains("\\u0009", tab.Message, StringComparison.Ordinal);

        var longer = Assert.Throws<CusresValueException>(() => CusresWriter.WriteAnswer(Answer(3, avf: i => i == 3 ? new string('X', 71) : "ABC"), Fixed));
        Assert.Equal((3, "RFF 1154", false), (longer.Group, longer.Element, longer.Repertoire));
        Assert.Contains("at most 70", longer.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", "R1", "short references are echoed")]
    [InlineData("ABCDEFGHIJKLM", "RABCDEFGHIJKLM", "13 characters still fit an..14 with the R")]
    public void The_answer_echoes_a_request_reference_that_fits(string request, string expected, string why) =>
        Assert.True(AnswerReferences.MessageReference(request) == expected, why);

    [Fact]
    public void A_request_reference_that_does_not_fit_gives_a_stable_14_character_answer_reference() =>
        Prop.ForAll(ResponseGenerators.Text("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-/ abc", 0, 40).ToArbitrary(), request =>
        {
            string answer = AnswerReferences.MessageReference(request);
            return answer.Length <= AnswerReferences.MaxMessageReference && answer[0] == 'R'
                && CharacterRepertoire.FirstInvalid(answer, "UNOA") < 0 && answer == AnswerReferences.MessageReference(request);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Part_references_of_a_split_answer_all_differ_and_fit() =>
        Prop.ForAll(ResponseGenerators.Text("R0123456789ABCDEF", 1, 14).ToArbitrary(), Gen.Choose(2, 400).ToArbitrary(), (reference, parts) =>
        {
            var all = Enumerable.Range(1, parts).Select(p => AnswerReferences.PartReference(reference, p, parts)).ToList();
            return all.Distinct(StringComparer.Ordinal).Count() == parts && all.All(r => r.Length <= AnswerReferences.MaxMessageReference);
        }).QuickCheckThrowOnFailure();
}
