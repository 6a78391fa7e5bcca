using System.Globalization;
using Gateway.Adapters.Edifact;

namespace Gateway.Adapters.Contrl;

/// <summary>
/// Writes a <see cref="ContrlReport"/> as a CONTRL interchange back to the sender of the interchange answered:
/// S009 <c>CONTRL:4:1:UN</c> for syntax 4 and <c>CONTRL:2:2:UN</c> for syntax 3, in the same syntax level
/// (UNOA when the answered interchange used a non-ISO identifier such as IATA). The UNB date is CCYYMMDD in syntax 4
/// and YYMMDD in syntax 3, as ISO 9735 defines them.
/// </summary>
public static class ContrlWriter
{
    /// <summary>Writes the report as interchange text (UNA, UNB, UNH … UNT, UNZ).</summary>
    public static string Write(ContrlReport report, ContrlOptions? options = null)
    {
        options ??= ContrlOptions.Default;
        return EdifactWriter.Write(ToInterchange(report, options), writeUna: true, options.LineBreaks);
    }

    /// <summary>Builds the CONTRL interchange.</summary>
    public static Interchange ToInterchange(ContrlReport report, ContrlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= ContrlOptions.Default;
        bool v4 = report.SyntaxVersion == "4";
        var uci = report.Interchange;
        var sender = options.Sender ?? uci.Recipient;
        string reference = options.InterchangeReference ?? "C" + (uci.Reference.Length > 13 ? uci.Reference[^13..] : uci.Reference);
        var now = options.Clock.GetUtcNow();
        var unb = Segment.Of("UNB",
            DataElement.Of("UNOA", v4 ? "4" : "3"),
            Party(sender),
            Party(uci.Sender),
            DataElement.Of(now.ToString(v4 ? "yyyyMMdd" : "yyMMdd", CultureInfo.InvariantCulture), now.ToString("HHmm", CultureInfo.InvariantCulture)),
            DataElement.Of(reference));
        var unh = Segment.Of("UNH", DataElement.Of("1"), v4 ? DataElement.Of("CONTRL", "4", "1", "UN") : DataElement.Of("CONTRL", "2", "2", "UN"));

        var body = new List<Segment>
        {
            Segment.Of("UCI", DataElement.Of(uci.Reference), Party(uci.Sender), Party(uci.Recipient), DataElement.Of(uci.Action),
                DataElement.Of(uci.ErrorCode ?? ""), DataElement.Of(uci.Tag ?? ""), Position(uci.Position, v4)),
        };
        foreach (var message in report.Messages) AddMessage(body, message, v4);
        foreach (var group in report.Groups)
        {
            body.Add(Segment.Of("UCF", DataElement.Of(group.Reference), Party(group.ApplicationSender), Party(group.ApplicationRecipient),
                DataElement.Of(group.Action), DataElement.Of(group.ErrorCode ?? ""), DataElement.Of(group.Tag ?? ""), Position(group.Position, v4)));
            foreach (var message in group.Messages) AddMessage(body, message, v4);
        }
        var message1 = new EdifactMessage(unh, ValueList<Segment>.Own([.. body]));
        return new Interchange(Delimiters.Default, unb, ValueList<FunctionalGroup>.Empty, ValueList.Of(message1));
    }

    private static void AddMessage(List<Segment> body, MessageResponse message, bool v4)
    {
        var id = message.Identifier;
        var s009 = id.Association is null
            ? DataElement.Of(id.Type, id.Version, id.Release, id.Agency)
            : DataElement.Of(id.Type, id.Version, id.Release, id.Agency, id.Association);
        body.Add(Segment.Of("UCM", DataElement.Of(message.Reference), s009, DataElement.Of(message.Action),
            DataElement.Of(message.ErrorCode ?? ""), DataElement.Of(message.Tag ?? ""), Position(message.Position, v4)));
        foreach (var segment in message.Segments)
        {
            body.Add(Segment.Of("UCS", DataElement.Of(Number(segment.Position)), DataElement.Of(segment.ErrorCode ?? "")));
            foreach (var element in segment.Elements)
            {
                body.Add(Segment.Of("UCD", DataElement.Of(element.ErrorCode), Position(element.Position, v4)));
            }
        }
    }

    private static DataElement Party(PartyId? party) =>
        party is null ? DataElement.Empty : party.Qualifier is null ? DataElement.Of(party.Id) : DataElement.Of(party.Id, party.Qualifier);

    // Syntax 3's S011 has no repetition component (0136).
    private static DataElement Position(ErrorPosition? position, bool v4) => position is null
        ? DataElement.Empty
        : DataElement.Of(Number(position.Element), position.Component is { } c ? Number(c) : "",
            v4 && position.Occurrence is { } o ? Number(o) : "");

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
