using Gateway.Schemas;

namespace Gateway.UnitTests.Schemas;

public sealed class MessageDateTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Theory]
    [InlineData("880402", "101", CenturyRule.NotAfter, "1988-04-02")] // birth dates never land in the future
    [InlineData("261121", "101", CenturyRule.NotAfter, "2026-11-21")]
    [InlineData("261123", "101", CenturyRule.NotAfter, "1926-11-23")] // tomorrow's day in the century before
    [InlineData("300115", "101", CenturyRule.Nearest, "2030-01-15")]  // expiry dates sit near today
    [InlineData("800923", "101", CenturyRule.Nearest, "1980-09-23")]  // more than fifty years ahead goes back a century
    [InlineData("19880402", "102", CenturyRule.NotAfter, "1988-04-02")]
    [InlineData("1988-04-02", "ISO", CenturyRule.NotAfter, "1988-04-02")]
    [InlineData("000229", "101", CenturyRule.NotAfter, "2000-02-29")] // leap day in a leap year
    public void Date_is_read_with_its_century(string text, string format, CenturyRule rule, string expected)
    {
        Assert.True(new MessageDate(text, format).TryGetDate(Today, rule, out var date));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("880231", "101")] // 31 February
    [InlineData("010229", "101")] // 29 February in a common year
    [InlineData("88040", "101")]  // too short
    [InlineData("88O402", "101")] // letter O for zero
    [InlineData("1988-13-01", "ISO")]
    [InlineData("", "101")]
    public void Impossible_dates_are_not_read(string text, string format)
    {
        Assert.False(new MessageDate(text, format).TryGetDate(Today, CenturyRule.NotAfter, out _));
    }

    [Fact]
    public void Local_date_time_keeps_hours_and_minutes()
    {
        Assert.True(new MessageDate("2503141130", "201").TryGetLocalDateTime(Today, out var local));
        Assert.Equal(new DateTime(2025, 3, 14, 11, 30, 0), local);
        Assert.False(new MessageDate("2503142460", "201").TryGetLocalDateTime(Today, out _));
    }
}
