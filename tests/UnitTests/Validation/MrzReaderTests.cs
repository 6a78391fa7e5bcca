using Gateway.Domain.Validation.Mrz;

namespace Gateway.UnitTests.Validation;

/// <summary>ICAO 9303 MRZ layouts and the 7-3-1 check digits, on the specimens of Doc 9303 and our own.</summary>
public sealed class MrzReaderTests
{
    private const string Td3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
    private const string Td2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6";
    private const string Td1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";
    private const string Td2Overflow = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD23145890<UTO7408122F12041597349<<<2";
    private const string Td1Overflow = "I<UTOD23145890<7349<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";

    [Theory]
    [InlineData("L898902C3", 6)]    // 9303 specimen document number
    [InlineData("740812", 2)]       // date of birth
    [InlineData("120415", 9)]       // expiry
    [InlineData("ZE184226B<<<<<", 1)] // personal number with fillers
    [InlineData("D23145890734", 9)] // a 12-character number (TD1 overflow)
    [InlineData("<<<", 0)]          // fillers count zero
    public void Check_digit_follows_7_3_1(string field, int digit) => Assert.Equal(digit, CheckDigit.Compute(field));

    [Fact]
    public void Check_digit_refuses_characters_outside_the_MRZ_set() => Assert.Equal(-1, CheckDigit.Compute("L89 902"));

    [Theory]
    [InlineData(Td3, MrzFormat.Td3, "L898902C3", 5)]
    [InlineData(Td2, MrzFormat.Td2, "D23145890", 4)]
    [InlineData(Td1, MrzFormat.Td1, "D23145890", 4)]
    [InlineData(Td1Overflow, MrzFormat.Td1, "D23145890734", 4)]
    [InlineData(Td2Overflow, MrzFormat.Td2, "D23145890734", 4)]
    public void Specimens_read_with_every_check_digit_right(string mrz, MrzFormat format, string number, int checks)
    {
        var data = MrzReader.Read(mrz).Data!;
        Assert.Equal(format, data.Format);
        Assert.Equal(number, data.DocumentNumber);
        Assert.Equal("UTO", data.Nationality);
        Assert.Equal("740812", data.BirthDate);
        Assert.Equal("120415", data.Expiry);
        Assert.Equal("F", data.Sex);
        Assert.Equal("ERIKSSON", data.Surname);
        Assert.Equal(["ANNA", "MARIA"], data.GivenNames);
        Assert.Equal(checks, data.Checks.Count);
        Assert.All(data.Checks, c => Assert.True(c.Ok, $"{c.Field}: {c.Actual} vs {c.Expected}"));
    }

    [Fact]
    public void Each_wrong_digit_is_named()
    {
        var bad = Td3.Replace("7408122F1204159", "7408123F1204158", StringComparison.Ordinal);
        var failed = MrzReader.Read(bad).Data!.Checks.Where(c => !c.Ok).Select(c => c.Field).ToArray();
        Assert.Equal(["date of birth", "expiry date", "composite"], failed);
    }

    [Fact]
    public void Overflow_check_digit_covers_the_whole_number()
    {
        var bad = MrzReader.Read(Td1Overflow.Replace("7349<", "7348<", StringComparison.Ordinal)).Data!;
        Assert.Contains(bad.Checks, c => c.Field == "document number" && !c.Ok && c.Expected == '9');
    }

    [Fact]
    public void Visa_lines_have_no_composite_check()
    {
        var visa = "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL8988901C4XXX4009078F96121096ZE184226B<<<<<<";
        var data = MrzReader.Read(visa).Data!;
        Assert.Equal(MrzFormat.MrvA, data.Format);
        Assert.DoesNotContain(data.Checks, c => c.Field == "composite");
        Assert.Equal(["document number", "date of birth", "expiry date"], data.Checks.Select(c => c.Field));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("P<UTO")]
    [InlineData("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<1")]
    public void Wrong_shapes_are_reported_not_thrown(string? mrz)
    {
        var result = MrzReader.Read(mrz);
        Assert.Null(result.Data);
        Assert.NotNull(result.ShapeError);
    }

    [Fact]
    public void Bad_character_is_reported_with_its_line()
    {
        var result = MrzReader.Read(Td3.Replace("L898902C3", "L8989O2c3", StringComparison.Ordinal));
        Assert.Null(result.Data);
        Assert.Equal(2, result.BadLine);
        Assert.Equal('c', result.BadChar);
    }
}
