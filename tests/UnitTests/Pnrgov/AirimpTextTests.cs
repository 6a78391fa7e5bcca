using Gateway.Adapters.Pnrgov;
using Gateway.Schemas;
using Gateway.Schemas.Pnr;

namespace Gateway.UnitTests.Pnrgov;

public sealed class AirimpTextTests
{
    public static TheoryData<string, string?, string?, string?, string?, string?, string?> DocsCases => new()
    {
        // free text, type, issuer, number, nationality, birth, surname — reason in the text's shape
        { "/P/GBR/123456789/GBR/12JUL64/M/23AUG19/SMITHJR/MRJONATHON/ROBERT", "P", "GBR", "123456789", "GBR", "12JUL64", "SMITHJR" }, // complete layout
        { "////GBR/12JUL64/M//JONES/WILLIAMNEVELL", null, null, null, "GBR", "12JUL64", "JONES" }, // no document: APIS data only
        { "/////05FEB53/F//DORON/NINA", null, null, null, null, "05FEB53", "DORON" }, // birth date and name only
        { "//ERI/270398251/PAK/04SEP97/F/18NOV17/WOO/FEN/MULAN", null, "ERI", "270398251", "PAK", "04SEP97", "WOO" }, // type left out
        { "P/KOR/M1/KOR/01JAN90/F/01JAN30/KIM/A", "P", "KOR", "M1", "KOR", "01JAN90", "KIM" }, // no leading slash
        { "", null, null, null, null, null, null }, // empty text reads as nothing
    };

    [Theory]
    [MemberData(nameof(DocsCases))]
    public void Docs_free_text_is_split_into_fields(string text, string? type, string? issuer, string? number, string? nationality, string? birth, string? surname)
    {
        var doc = AirimpText.Document(text, "1", DocumentSources.Traveller);

        Assert.Equal((type, issuer, number, nationality, birth, surname), (doc.Type, doc.IssuingState, doc.Number, doc.Nationality, doc.BirthDate?.Text, doc.Surname));
        Assert.Equal(text, doc.FreeText);
    }

    [Theory]
    [InlineData("CTCE MOLLY..LONT+50BB//GMAIL.COM", "E", "MOLLY_LONT+50BB@GMAIL.COM")] // AIRIMP e-mail escapes decoded
    [InlineData("YY CTCM 123456789", "M", "123456789")] // carrier prefix before CTC
    [InlineData("EK CTC M 5432109876", "M", "5432109876")] // space between CTC and the letter
    [InlineData("CTCE A./B//X.COM", "E", "A-B@X.COM")] // dash escape
    public void Contact_lines_give_kind_and_value(string line, string kind, string value)
    {
        Assert.Equal(new PnrContact(kind, value, "IFT"), AirimpText.Contact(line, "IFT"));
    }

    [Theory]
    [InlineData("THIS PASSENGER IS A VIP")] // no CTC code
    [InlineData("CTCX")] // code without a value
    public void Text_without_a_contact_gives_none(string line) => Assert.Null(AirimpText.Contact(line, "IFT"));

    [Theory]
    [InlineData("12JUL64", PnrDateFormats.Ddmmmyy, "640712")] // DOCS birth date
    [InlineData("280513", PnrDateFormats.Ddmmyy, "130528")] // segment date
    [InlineData("31XYZ64", PnrDateFormats.Ddmmmyy, null)] // unknown month
    [InlineData("2805", PnrDateFormats.Ddmmyy, null)] // too short
    public void Pnr_dates_convert_to_yymmdd(string text, string format, string? expected)
    {
        Assert.Equal(expected, PnrDateFormats.ToStandard(new MessageDate(text, format))?.Text);
    }

    [Fact]
    public void Birth_date_in_ddmmmyy_gets_the_century_before_the_reference()
    {
        Assert.True(PnrDateFormats.TryGetDate(new MessageDate("12JUL64", PnrDateFormats.Ddmmmyy), new DateOnly(2026, 1, 1), CenturyRule.NotAfter, out var birth));
        Assert.Equal(new DateOnly(1964, 7, 12), birth);
    }
}
