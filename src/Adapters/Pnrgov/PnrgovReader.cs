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
        var notes = new PnrNotes();
        foreach (var n in read.Notes) notes.Add(n);
        NoteRepairedEnd(read, notes);

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
    /// An unterminated UNZ followed by more text (<c>gtas_parsers_pnrBadFormat.txt</c>, read by GTAS): the syntax layer
    /// ends the UNZ at its line break, as it does for PAXLST. The push is complete when the UNZ count and reference agree
    /// with what was read (the syntax layer notes it when they do not), so the PNRs are read and the repair is reported.
    /// </summary>
    private static void NoteRepairedEnd(EdifactReadResult read, PnrNotes notes)
    {
        var unterminated = read.Notes.FirstOrDefault(n => n.Code == "EDI-UNTERMINATED" && n.Tag == "UNZ");
        var trailing = read.Notes.FirstOrDefault(n => n.Code == "EDI-TRAILING-TEXT" && n.Tag == "UNZ");
        if (unterminated is null || trailing is null) return;
        bool counted = !read.Notes.Any(n => n.Code is "EDI-COUNT" or "EDI-REFERENCE" && n.Tag == "UNZ");
        notes.Add(new ReadNote("PNR-END-REPAIRED",
            "the interchange trailer UNZ has no segment terminator and text follows it on a later line: the push was read to the end of the UNZ line "
            + (counted ? "(its count and reference agree with what was read, so nothing of the push is missing); " : "(its count or reference does not agree: see that note); ")
            + trailing.Message, unterminated.Position, "UNZ"));
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
