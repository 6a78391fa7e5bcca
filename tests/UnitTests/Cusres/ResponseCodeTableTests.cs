using Gateway.Schemas.Responses;

namespace Gateway.UnitTests.Cusres;

public sealed class ResponseCodeTableTests
{
    [Theory]
    [InlineData("0Z", BoardingStatus.OkToBoard, "WCO/China: OK to board")]
    [InlineData("1Z", BoardingStatus.DoNotBoard, "WCO/China: no board")]
    [InlineData("2Z", BoardingStatus.Advisory, "advisory, not boardable until cleared")]
    [InlineData("4Z", BoardingStatus.InsufficientData, "resend with complete data")]
    [InlineData("0", BoardingStatus.Accepted, "header level: message accepted")]
    [InlineData("1", BoardingStatus.Error, "header level: exception")]
    [InlineData("118", BoardingStatus.Error, "PADIS: system unable to process")]
    [InlineData("0z", BoardingStatus.Unknown, "codes are compared ordinally: lower case is not 0Z")]
    [InlineData("8501", BoardingStatus.Unknown, "Australian-style codes need the partner's table")]
    public void Default_table_maps_the_profile_codes(string code, BoardingStatus expected, string reason)
    {
        Assert.True(expected == ResponseCodeTable.Default.StatusOf(code), reason);
        Assert.Equal(code, ResponseCodeTable.Default.Status(code).Code);
    }

    [Fact]
    public void Only_ok_to_board_allows_boarding()
    {
        foreach (var status in Enum.GetValues<BoardingStatus>())
        {
            Assert.Equal(status == BoardingStatus.OkToBoard, new ResponseStatus("X", status).AllowsBoarding);
        }
    }

    [Fact]
    public void Partner_codes_extend_the_table_without_changing_the_default()
    {
        var partner = ResponseCodeTable.Default
            .With("8501", BoardingStatus.OkToBoard)
            .With("8502", BoardingStatus.DoNotBoard, preferred: true)
            .With("8516", BoardingStatus.InsufficientData);
        Assert.Equal(BoardingStatus.OkToBoard, partner.StatusOf("8501"));
        Assert.Equal("0Z", partner.CodeFor(BoardingStatus.OkToBoard)); // not preferred: the profile code stays the one sent
        Assert.Equal("8502", partner.CodeFor(BoardingStatus.DoNotBoard));
        Assert.Equal(BoardingStatus.Unknown, ResponseCodeTable.Default.StatusOf("8501"));
        Assert.Null(partner.CodeFor(BoardingStatus.Pending));
    }
}
