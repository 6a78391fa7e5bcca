using Gateway.Adapters.Edifact;
using Gateway.Schemas.Responses;

namespace Gateway.Adapters.Cusres;

/// <summary>
/// The CUSRES segment-group state machine for one message: header (BGM, FTX), SG3 reference groups (RFF with DTM and
/// LOC, the flight groups), then SG4 entry groups (ERP, RFF, ERC, FTX).
/// </summary>
internal sealed class MessageMapper(Interchange interchange, EdifactMessage message, ResponseCodeTable codes, List<ReadNote> notes)
{
    private readonly List<ResponseFlight> _flights = [];
    private readonly List<ResponseEntry> _entries = [];
    private readonly List<FreeText> _texts = [];
    private readonly List<ResponseReference> _others = [];
    private string? _transaction;
    private FlightDraft? _flight;
    private EntryDraft? _entry;
    private bool _inReferences;

    internal BoardingResponse Map()
    {
        if (message.Type != "CUSRES")
        {
            throw new EdifactSyntaxException($"message {message.Reference} is a {Show(message.Type)}, not a CUSRES",
                message.Header.Position, SyntaxCodes.InvalidValue, "UNH", message.Header.Number, 2, 1);
        }
        var body = message.Body;
        if (body.Count == 0 || body[0].Tag != "BGM")
        {
            var at = body.Count == 0 ? message.Header : body[0];
            throw new EdifactSyntaxException($"CUSRES message {message.Reference} does not begin with BGM",
                at.Position, SyntaxCodes.Missing, "BGM", at.Number + (body.Count == 0 ? 1 : 0));
        }
        string documentCode = Required(body[0], 1, 0, "the document code (BGM 1001)");
        for (int i = 1; i < body.Count; i++) Take(body[i]);
        CloseFlight();
        CloseEntry();
        var header = new ResponseHeader(interchange.Sender, interchange.Recipient, interchange.ControlReference,
            message.Reference, message.Version, message.CommonAccessReference, interchange.Test);
        return new BoardingResponse(header, documentCode, _transaction, Own(_flights), Own(_entries), Own(_texts), Own(_others));
    }

    private void Take(Segment segment)
    {
        switch (segment.Tag)
        {
            case "RFF":
                TakeReference(segment);
                break;
            case "DTM" or "LOC":
                TakePlaceOrDate(segment);
                break;
            case "ERP":
                CloseFlight();
                CloseEntry();
                _entry = new EntryDraft(Required(segment, 1, 0, "the section code (ERP 1049)"));
                break;
            case "ERC":
                if (_entry is null)
                {
                    throw new EdifactSyntaxException("ERC outside an ERP group: a status must follow the ERP it belongs to",
                        segment.Position, SyntaxCodes.NotSupportedInPosition, segment.Tag, segment.Number);
                }
                string code = Required(segment, 1, 0, "the status code (ERC 9321)");
                var status = codes.Status(code);
                if (status.Status == BoardingStatus.Unknown)
                {
                    Note("CUSRES-UNKNOWN-CODE", $"status code '{code}' is not in the partner's code table; read as Unknown (not boardable)", segment);
                }
                _entry.Statuses.Add(status);
                break;
            case "FTX":
                TakeText(segment);
                break;
            default:
                Note("CUSRES-SKIPPED", $"segment {segment.Tag} is not used in API responses and was skipped", segment);
                break;
        }
    }

    private void TakeReference(Segment segment)
    {
        var reference = new ResponseReference(Required(segment, 1, 0, "the reference qualifier (RFF 1153)"), segment.Value(1, 1) ?? "");
        if (_entry is not null)
        {
            _entry.References.Add(reference);
            return;
        }
        CloseFlight();
        _inReferences = true;
        switch (reference.Qualifier)
        {
            case ReferenceQualifiers.Transaction when _transaction is null:
                _transaction = reference.Value;
                break;
            case ReferenceQualifiers.Flight:
                _flight = new FlightDraft(reference.Value);
                break;
            default:
                _others.Add(reference);
                break;
        }
    }

    private void TakePlaceOrDate(Segment segment)
    {
        if (_flight is null)
        {
            string where = _entry is not null ? "in a passenger group" : _inReferences ? "outside a flight (RFF+AF) group" : "in the message header";
            Note("CUSRES-SKIPPED", $"{segment.Tag} {segment.Value(1)} {where} is not used in API responses and was skipped", segment);
            return;
        }
        string qualifier = Required(segment, 1, 0, segment.Tag == "DTM" ? "the date qualifier (DTM 2005)" : "the place qualifier (LOC 3227)");
        bool taken = (segment.Tag, qualifier) switch
        {
            ("DTM", "189") => _flight.Set(ref _flight.Departure, Date(segment)),
            ("DTM", "232") => _flight.Set(ref _flight.Arrival, Date(segment)),
            ("LOC", "125") => _flight.Set(ref _flight.DeparturePort, Required(segment, 2, 0, "the place (LOC 3225)")),
            ("LOC", "87") => _flight.Set(ref _flight.ArrivalPort, Required(segment, 2, 0, "the place (LOC 3225)")),
            _ => Unknown(segment, qualifier),
        };
        if (!taken) Note("CUSRES-DUPLICATE", $"flight {_flight.Flight} gives {segment.Tag}+{qualifier} twice; the first was kept", segment);
    }

    private bool Unknown(Segment segment, string qualifier)
    {
        Note("CUSRES-SKIPPED", $"{segment.Tag} qualifier {qualifier} is not used in a flight group and was skipped", segment);
        return true;
    }

    private MessageDate Date(Segment segment) =>
        new(Required(segment, 1, 1, "the date (DTM 2380)"), segment.Value(1, 2) ?? "");

    private void TakeText(Segment segment)
    {
        var text = new FreeText(Required(segment, 1, 0, "the text subject (FTX 4451)"), segment[4].Components);
        if (_entry is not null)
        {
            _entry.FreeTexts.Add(text);
            return;
        }
        if (_inReferences)
        {
            Note("CUSRES-ORDER", "FTX between the reference groups and the first ERP was taken as a message-level text", segment);
        }
        _texts.Add(text);
    }

    private void CloseFlight()
    {
        if (_flight is null) return;
        _flights.Add(new ResponseFlight(_flight.Flight, _flight.Departure, _flight.Arrival, _flight.DeparturePort, _flight.ArrivalPort));
        _flight = null;
    }

    private void CloseEntry()
    {
        if (_entry is null) return;
        _entries.Add(new ResponseEntry(_entry.Section, Own(_entry.References), Own(_entry.Statuses), Own(_entry.FreeTexts)));
        _entry = null;
    }

    private static string Required(Segment segment, int element, int component, string what) =>
        segment.Value(element, component) ?? throw new EdifactSyntaxException($"{segment.Tag} lacks {what}",
            segment.Position, SyntaxCodes.Missing, segment.Tag, segment.Number, element, component + 1);

    private void Note(string code, string text, Segment segment) => notes.Add(new ReadNote(code, text, segment.Position, segment.Tag));

    private static ValueList<T> Own<T>(List<T> items) => ValueList<T>.Own([.. items]);

    private static string Show(string type) => type.Length == 0 ? "message without a type" : type;

    private sealed class FlightDraft(string flight)
    {
        internal string Flight { get; } = flight;
        internal MessageDate? Departure;
        internal MessageDate? Arrival;
        internal string? DeparturePort;
        internal string? ArrivalPort;

        internal bool Set<T>(ref T? field, T value) where T : class
        {
            if (field is not null) return false;
            field = value;
            return true;
        }
    }

    private sealed class EntryDraft(string section)
    {
        internal string Section { get; } = section;
        internal List<ResponseReference> References { get; } = [];
        internal List<ResponseStatus> Statuses { get; } = [];
        internal List<FreeText> FreeTexts { get; } = [];
    }
}
