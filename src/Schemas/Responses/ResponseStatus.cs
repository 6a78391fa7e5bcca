namespace Gateway.Schemas.Responses;

/// <summary>One ERC status: the code exactly as sent and what it means in the partner's code table.</summary>
/// <param name="Code">ERC C901 9321 as on the wire, e.g. <c>0Z</c>, <c>118</c>, <c>8501</c>.</param>
/// <param name="Status">The normalised meaning.</param>
public sealed record ResponseStatus(string Code, BoardingStatus Status)
{
    /// <summary>Whether this status lets the passenger board.</summary>
    public bool AllowsBoarding => Status == BoardingStatus.OkToBoard;

    /// <inheritdoc />
    public override string ToString() => $"{Code} ({Status})";
}
