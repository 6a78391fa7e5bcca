using Gateway.Adapters.Edifact;
using Gateway.Schemas.Responses;

namespace Gateway.Adapters.Cusres;

/// <summary>
/// Reads CUSRES messages of the interactive API: responses (BGM 962), unsolicited status changes (132) and
/// acknowledgements (312), including heading-level errors (<c>ERP+1</c> <c>ERC+118</c>). DTM and LOC inside a flight
/// group are taken in any order. Segments an API response does not use are skipped with a note; a message that is not
/// a CUSRES, lacks BGM, or has an ERC outside an ERP group is an <see cref="EdifactSyntaxException"/> that says where.
/// </summary>
public static class CusresReader
{
    /// <summary>Reads received bytes.</summary>
    public static CusresReadResult Read(ReadOnlySpan<byte> bytes, ResponseCodeTable? codes = null, EdifactReaderOptions? options = null) =>
        Read(EdifactReader.Read(bytes, options), codes);

    /// <summary>Reads interchange text.</summary>
    public static CusresReadResult Read(string text, ResponseCodeTable? codes = null) => Read(EdifactReader.Read(text), codes);

    /// <summary>Maps an interchange the syntax layer has read.</summary>
    public static CusresReadResult Read(EdifactReadResult syntax, ResponseCodeTable? codes = null)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        codes ??= ResponseCodeTable.Default;
        var notes = new List<ReadNote>(syntax.Notes);
        var responses = new List<BoardingResponse>();
        foreach (var message in syntax.Interchange.AllMessages)
        {
            responses.Add(new MessageMapper(syntax.Interchange, message, codes, notes).Map());
        }
        return new CusresReadResult(ValueList<BoardingResponse>.Own([.. responses]), ValueList<ReadNote>.Own([.. notes]), syntax);
    }
}
