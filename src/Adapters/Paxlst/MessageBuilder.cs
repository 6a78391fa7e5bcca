using Gateway.Adapters.Edifact;
using Gateway.Schemas.Manifests;

namespace Gateway.Adapters.Paxlst;

/// <summary>
/// Walks one PAXLST message's segments as the segment-group state machine of the WCO profile (header, SG1 reporting
/// party, SG2/SG3 legs, SG4 travellers, SG5 documents, CNT), tolerant of the deviations carriers really send: no SG2
/// DTM, several SG4 RFF in D02B/D05B, documents without agency components.
/// </summary>
internal sealed class MessageBuilder(List<ReadNote> notes)
{
    private enum Context { Header, Party, Leg, Traveller, Document, Other }

    private Context _context = Context.Header;
    private string _documentCode = "";
    private string? _documentFunction;
    private string? _transactionReference;
    private string? _partyName;
    private readonly List<Contact> _partyContacts = [];
    private readonly List<LegDraft> _legs = [];
    private readonly List<TravellerDraft> _travellers = [];
    private int? _passengers;
    private int? _crew;

    internal (string DocumentCode, string? Function, string? Transaction, ReportingParty? Party, List<LegDraft> Legs,
        List<TravellerDraft> Travellers, int? Passengers, int? Crew) Result =>
        (_documentCode, _documentFunction, _transactionReference,
         _partyName is null ? null : new ReportingParty(_partyName, ValueList.Of([.. _partyContacts])),
         _legs, _travellers, _passengers, _crew);

    /// <summary>A later part carries the flight's totals too; the last part's totals stand.</summary>
    internal void TakeTotals(MessageBuilder later)
    {
        _passengers = later._passengers ?? _passengers;
        _crew = later._crew ?? _crew;
    }

    internal void Add(Segment s)
    {
        switch (s.Tag)
        {
            case "BGM":
                _documentCode = s.Value(1) ?? "";
                _documentFunction = s.Value(2);
                break;
            case "RFF" when _context == Context.Header:
                if (s.Value(1) == "TN") _transactionReference = s.Value(1, 1);
                break;
            case "NAD":
                Nad(s);
                break;
            case "COM" when _context == Context.Party:
                foreach (var e in s.Elements) if (e.Value is { } number) _partyContacts.Add(new Contact(number, e[1] ?? ""));
                break;
            case "TDT" when _travellers.Count == 0:
                _legs.Add(new LegDraft(s));
                _context = Context.Leg;
                break;
            case "LOC":
                Loc(s);
                break;
            case "DTM":
                Dtm(s);
                break;
            case "CNT":
                Cnt(s);
                break;
            default:
                if (_context is Context.Traveller or Context.Document) Traveller(s);
                else if (s.Tag is not ("CTA" or "COM" or "DTM" or "AUT" or "TDT")) Ignored(s);
                break;
        }
    }

    private void Nad(Segment s)
    {
        string role = s.Value(1) ?? "";
        if (role == "MS" && _travellers.Count == 0)
        {
            _partyName = s.Value(4) ?? s.Value(2) ?? "";
            _context = Context.Party;
            return;
        }
        _travellers.Add(new TravellerDraft(s));
        _context = Context.Traveller;
    }

    private void Loc(Segment s)
    {
        switch (_context)
        {
            case Context.Header:
                break; // header LOC (D07A and later): the legs carry the places we use
            case Context.Leg:
                _legs[^1].Points.Add((s.Value(1) ?? "", s.Value(2) ?? s.Value(2, 3) ?? "", []));
                break;
            case Context.Traveller:
                _travellers[^1].Places.Add(Place(s));
                break;
            case Context.Document:
                _travellers[^1].Documents[^1].Places.Add(Place(s));
                break;
            default:
                Ignored(s);
                break;
        }
    }

    private static QualifiedPlace Place(Segment s) => new(s.Value(1) ?? "", s.Value(2) ?? "", s.Value(2, 3));

    private void Dtm(Segment s)
    {
        var date = Date(s);
        string qualifier = s.Value(1) ?? "";
        switch (_context)
        {
            case Context.Header:
                break; // header DTM (e.g. 137 document date): not part of the list's data
            case Context.Leg when _legs[^1].Points.Count > 0:
                _legs[^1].Points[^1].Times.Add(new QualifiedDate(qualifier, date));
                break;
            case Context.Traveller when qualifier == DateQualifiers.Birth:
                _travellers[^1].BirthDate = date;
                break;
            case Context.Document when qualifier == DateQualifiers.Expiry:
                _travellers[^1].Documents[^1].Expiry = date;
                break;
            case Context.Document when qualifier == DateQualifiers.Issue:
                _travellers[^1].Documents[^1].Issued = date;
                break;
            default:
                Ignored(s);
                break;
        }
    }

    /// <summary>DTM C507: 2005 qualifier, 2380 value, 2379 format (inferred from the length when absent).</summary>
    internal static MessageDate Date(Segment s)
    {
        string text = s.Value(1, 1) ?? "";
        string format = s.Value(1, 2) ?? text.Length switch
        {
            8 => MessageDate.Ccyymmdd,
            10 => MessageDate.YymmddHhmm,
            12 => MessageDate.CcyymmddHhmm,
            _ => MessageDate.Yymmdd,
        };
        return new MessageDate(text, format);
    }

    private void Cnt(Segment s)
    {
        string? value = s.Value(1, 1);
        if (value is null && s.Value(2) is { } misplaced)
        {
            notes.Add(new ReadNote("PAX-CNT-SEPARATOR", $"CNT+{s.Value(1)} gives its total '{misplaced}' as a second element instead of a component; read as the total",
                s.Position, "CNT"));
            value = misplaced;
        }
        int? total = int.TryParse(value, System.Globalization.NumberStyles.None, null, out int n) ? n : null;
        if (s.Value(1) == "42") _passengers = total;
        else if (s.Value(1) == "41") _crew = total;
        else Ignored(s);
    }

    private void Traveller(Segment s)
    {
        var t = _travellers[^1];
        switch (s.Tag)
        {
            case "ATT" when s.Value(1) == "2":
                t.Sex = s.Value(3);
                break;
            case "NAT":
                t.Nationality ??= s.Value(2);
                break;
            case "RFF":
                if (s.Value(1) is { } qualifier) t.References.Add(new Reference(qualifier, s.Value(1, 1) ?? ""));
                break;
            case "EMP":
                t.CrewFunction = s.Value(2);
                break;
            case "GEI" when s.Value(1) == "4":
                t.Verified = s.Value(2);
                break;
            case "MEA":
                t.Measure(s);
                break;
            case "FTX" when s.Value(1) == "BAG":
                t.BagTag(s);
                break;
            case "DOC":
                t.Documents.Add(new DocumentDraft(s.Value(1) ?? "", s.Value(2) ?? ""));
                _context = Context.Document;
                break;
            case "COM" or "FTX" or "GID" or "QTY" or "CPI" or "GEI" or "TDT" or "RFF":
                break; // defined by UN, unused by the WCO profile; the raw message keeps them
            default:
                Ignored(s);
                break;
        }
    }

    private void Ignored(Segment s) =>
        notes.Add(new ReadNote("PAX-SEGMENT-IGNORED", $"segment {s.Tag} is not expected here in a PAXLST and was not read", s.Position, s.Tag));
}
