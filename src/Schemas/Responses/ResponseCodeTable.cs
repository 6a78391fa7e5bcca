namespace Gateway.Schemas.Responses;

/// <summary>
/// Maps a partner's ERC status codes to <see cref="BoardingStatus"/> and back. Code sets differ per partner (the
/// WCO/China <c>0Z</c>/<c>1Z</c>/<c>2Z</c>/<c>4Z</c>, Australian-style four-digit codes), so the table is data:
/// start from <see cref="Default"/> and add the partner's codes with <see cref="With"/>. Immutable.
/// </summary>
public sealed class ResponseCodeTable
{
    private readonly Dictionary<string, BoardingStatus> _statusByCode;
    private readonly Dictionary<BoardingStatus, string> _codeByStatus;

    private ResponseCodeTable(Dictionary<string, BoardingStatus> statusByCode, Dictionary<BoardingStatus, string> codeByStatus)
    {
        _statusByCode = statusByCode;
        _codeByStatus = codeByStatus;
    }

    /// <summary>
    /// The WCO/IATA interactive API codes: <c>0Z</c> board, <c>1Z</c> do not board, <c>2Z</c> advisory,
    /// <c>4Z</c> insufficient data; header-level <c>0</c> accepted and <c>1</c> exception; PADIS <c>118</c> system
    /// unable to process.
    /// </summary>
    public static ResponseCodeTable Default { get; } = new ResponseCodeTable(new(StringComparer.Ordinal), [])
        .With(StatusCodes.OkToBoard, BoardingStatus.OkToBoard, preferred: true)
        .With(StatusCodes.DoNotBoard, BoardingStatus.DoNotBoard, preferred: true)
        .With(StatusCodes.Advisory, BoardingStatus.Advisory, preferred: true)
        .With(StatusCodes.InsufficientData, BoardingStatus.InsufficientData, preferred: true)
        .With(StatusCodes.Accepted, BoardingStatus.Accepted, preferred: true)
        .With(StatusCodes.Exception, BoardingStatus.Error, preferred: true)
        .With(StatusCodes.UnableToProcess, BoardingStatus.Error);

    /// <summary>A table with one more code (replacing its meaning if known).</summary>
    /// <param name="code">The wire code.</param>
    /// <param name="status">What it means.</param>
    /// <param name="preferred">Whether <see cref="CodeFor"/> should answer this code for the status.</param>
    public ResponseCodeTable With(string code, BoardingStatus status, bool preferred = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var byCode = new Dictionary<string, BoardingStatus>(_statusByCode, StringComparer.Ordinal) { [code] = status };
        var byStatus = new Dictionary<BoardingStatus, string>(_codeByStatus);
        if (preferred || !byStatus.ContainsKey(status)) byStatus[status] = code;
        return new ResponseCodeTable(byCode, byStatus);
    }

    /// <summary>The meaning of a wire code; <see cref="BoardingStatus.Unknown"/> for a code the table lacks.</summary>
    public BoardingStatus StatusOf(string code) => _statusByCode.TryGetValue(code, out var status) ? status : BoardingStatus.Unknown;

    /// <summary>The status for a wire code, keeping the code.</summary>
    public ResponseStatus Status(string code) => new(code, StatusOf(code));

    /// <summary>The code to send for a status, or null when the partner has none (e.g. <see cref="BoardingStatus.Timeout"/>).</summary>
    public string? CodeFor(BoardingStatus status) => _codeByStatus.TryGetValue(status, out var code) ? code : null;

    /// <summary>The status to send for a decision, with its code; throws when the partner has no code for it.</summary>
    public ResponseStatus For(BoardingStatus status) =>
        new(CodeFor(status) ?? throw new ArgumentException($"the code table has no wire code for {status}", nameof(status)), status);
}

/// <summary>ERC 9321 status codes of the WCO/IATA interactive API profile.</summary>
public static class StatusCodes
{
    /// <summary>OK to board.</summary>
    public const string OkToBoard = "0Z";
    /// <summary>Do not board.</summary>
    public const string DoNotBoard = "1Z";
    /// <summary>Advisory.</summary>
    public const string Advisory = "2Z";
    /// <summary>Insufficient data.</summary>
    public const string InsufficientData = "4Z";
    /// <summary>Header level: message accepted.</summary>
    public const string Accepted = "0";
    /// <summary>Header level: exception.</summary>
    public const string Exception = "1";
    /// <summary>PADIS: system unable to process (generic rejection in acknowledgements).</summary>
    public const string UnableToProcess = "118";
}
