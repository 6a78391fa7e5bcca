using System.Globalization;
using Gateway.Adapters.Edifact;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Pnr;

namespace Gateway.Adapters.Pnrgov;

/// <summary>
/// Reads PNRGOV pushes (IATA PADIS, versions 10.1 to 15.1; newer versions are read with the same layout and noted) from
/// an interchange the EDIFACT layer has read. Parts of a split push (UNH S010 <c>01:C</c> … <c>nn:F</c>) are assembled
/// into one push. Structural errors the PNRs cannot be read past are <see cref="EdifactSyntaxException"/>s that say what
/// and where; deviations that can be read past are <see cref="ReadNote"/>s.
/// </summary>
public static class PnrgovReader
{
    /// <summary>Reads bytes: the EDIFACT layer, then PNRGOV.</summary>
    public static PnrgovReadResult Read(ReadOnlySpan<byte> bytes) => Read(EdifactReader.Read(bytes));

    /// <summary>Reads the PNRGOV messages of an interchange.</summary>
    public static PnrgovReadResult Read(EdifactReadResult read)
    {
        ArgumentNullException.ThrowIfNull(read);
        RejectAmbiguousEnd(read);
        var notes = new PnrNotes();
        foreach (var n in read.Notes) notes.Add(n);

        var interchange = read.Interchange;
        var parts = new List<PnrMessagePart>();
        foreach (var message in interchange.AllMessages)
        {
            if (message.Type != "PNRGOV")
            {
                notes.Add("PNR-NOT-PNRGOV", $"message {message.Reference} is {message.Type}, not PNRGOV; skipped", message.Header);
                continue;
            }
            CheckVersion(message, notes);
            parts.Add(PnrMessageReader.Read(message, notes));
        }
        if (parts.Count == 0)
        {
            var first = interchange.AllMessages.First().Header;
            throw new EdifactSyntaxException($"the interchange holds no PNRGOV message (the first is {first.Value(2)})",
                first.Position, SyntaxCodes.InvalidValue, "UNH", first.Number, 2, 1);
        }

        var pushes = PushAssembler.Assemble(interchange, parts, notes);
        return new PnrgovReadResult(ValueList<PnrPush>.Own([.. pushes]), ValueList<ReadNote>.Own([.. notes.All]));
    }

    /// <summary>
    /// An unterminated UNZ followed by more text (<c>gtas_parsers_pnrBadFormat.txt</c>): the syntax layer reads past it
    /// by cutting at the line break, but a push is a complete statement of the flight's PNRs and nothing shows the text
    /// after the cut is not part of it, so PNRGOV refuses it rather than guess.
    /// </summary>
    private static void RejectAmbiguousEnd(EdifactReadResult read)
    {
        var unterminated = read.Notes.FirstOrDefault(n => n.Code == "EDI-UNTERMINATED" && n.Tag == "UNZ");
        var trailing = read.Notes.FirstOrDefault(n => n.Code == "EDI-TRAILING-TEXT" && n.Tag == "UNZ");
        if (unterminated is null || trailing is null) return;
        var ic = read.Interchange;
        int number = 2 + ic.Groups.Sum(g => 2 + g.Messages.Sum(m => m.SegmentCount)) + ic.Messages.Sum(m => m.SegmentCount);
        throw new EdifactSyntaxException(
            $"the interchange trailer UNZ has no segment terminator and text follows it after a line break ({trailing.Message}); "
            + "the end of the push is ambiguous", unterminated.Position, SyntaxCodes.Missing, "UNZ", number);
    }

    private static void CheckVersion(EdifactMessage message, PnrNotes notes)
    {
        string? major = message.Header.Value(2, 1);
        if (!int.TryParse(major, NumberStyles.None, CultureInfo.InvariantCulture, out int v))
            notes.Add("PNR-VERSION", $"PNRGOV version '{message.Version}' is not a number; read with the 15.1 layout", message.Header);
        else if (v < 10)
            notes.Add("PNR-VERSION", $"PNRGOV version {message.Version} is older than 10.1; read with the 10.1 layout", message.Header);
        else if (v > 15)
            notes.Add("PNR-VERSION", $"PNRGOV version {message.Version} is newer than 15.1; read with the 15.1 layout (new segments are kept as sent)", message.Header);
    }
}
