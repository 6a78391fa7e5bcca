using System.Globalization;
using Gateway.Adapters.Edifact;
using Gateway.Schemas.Responses;

namespace Gateway.Adapters.Cusres;

/// <summary>
/// Writes interactive API responses as CUSRES (UN D05B by default): <c>BGM+962</c> answers and <c>BGM+132</c>
/// unsolicited status changes, and also <c>BGM+312</c> acknowledgements, which share the layout. Segment order is the
/// WCO profile's: BGM, FTX, RFF+TN, other SG3 references, then per flight RFF+AF, DTM 189, DTM 232, LOC 125, LOC 87,
/// then one ERP/RFF/ERC/FTX group per entry. A response the partner could not accept (too many groups for the
/// directory, a character outside the syntax level, an over-long value) is an <see cref="ArgumentException"/>.
/// </summary>
public static class CusresWriter
{
    /// <summary>Writes the response as interchange text.</summary>
    public static string Write(BoardingResponse response, CusresWriterOptions? options = null)
    {
        options ??= CusresWriterOptions.Default;
        return EdifactWriter.Write(ToInterchange(response, options), options.WriteUna, options.LineBreaks);
    }

    /// <summary>Writes several responses to the same partner as one interchange, one message each.</summary>
    public static string Write(IReadOnlyList<BoardingResponse> responses, CusresWriterOptions? options = null)
    {
        options ??= CusresWriterOptions.Default;
        return EdifactWriter.Write(ToInterchange(responses, options), options.WriteUna, options.LineBreaks);
    }

    /// <summary>
    /// Writes the answer to a request so that it can always be sent: in the header's directory when that is a UN
    /// directory, else in <see cref="CusresWriterOptions.Version"/>; with more ERP groups than the directory allows, as
    /// several messages in one interchange (each with the header, references and flights and the next groups in order;
    /// UNH S010 <c>01:C</c> … <c>nn:F</c>, the same 0068, references from <see cref="AnswerReferences.PartReference"/>);
    /// and at the lowest syntax level, from <see cref="CusresWriterOptions.SyntaxIdentifier"/> up through UNOA, UNOB,
    /// UNOC and UNOY, that carries every value the request made it echo. A value no level carries (a control character)
    /// or longer than its data element is still a <see cref="CusresValueException"/>.
    /// </summary>
    public static string WriteAnswer(BoardingResponse response, CusresWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        options ??= CusresWriterOptions.Default;
        if (response.Header.Version is { } v && !DirectoryVersion.TryParse(v, out _)) response = response with { Header = response.Header with { Version = null } };
        var version = DirectoryVersion.Parse(response.Header.Version ?? options.Version);
        var parts = Split(response, version.MaxEntryGroups);
        int level = Math.Max(0, Array.IndexOf(SyntaxLevels, options.SyntaxIdentifier));
        while (true)
        {
            var at = level == Array.IndexOf(SyntaxLevels, options.SyntaxIdentifier) ? options : options.With(SyntaxLevels[level]);
            try
            {
                var interchange = parts.Count == 1 ? ToInterchange(parts, at) : ToInterchange(parts, at, split: true);
                return EdifactWriter.Write(interchange, at.WriteUna, at.LineBreaks);
            }
            catch (CusresValueException e) when (e.Repertoire && level < SyntaxLevels.Length - 1)
            {
                level++;
            }
        }
    }

    /// <summary>The syntax levels an answer may be raised through, each carrying the one before.</summary>
    private static readonly string[] SyntaxLevels = ["UNOA", "UNOB", "UNOC", "UNOY"];

    private static List<BoardingResponse> Split(BoardingResponse response, int max)
    {
        if (response.Entries.Count <= max) return [response];
        int parts = (response.Entries.Count + max - 1) / max;
        var split = new List<BoardingResponse>(parts);
        for (int p = 0; p < parts; p++)
        {
            var entries = response.Entries.Skip(p * max).Take(max).ToArray();
            split.Add(response with
            {
                Header = response.Header with { MessageReference = AnswerReferences.PartReference(response.Header.MessageReference, p + 1, parts) },
                Entries = ValueList<ResponseEntry>.Own(entries),
            });
        }
        return split;
    }

    /// <summary>Builds the interchange: UNB from the header and options, an optional UNG, and the message.</summary>
    public static Interchange ToInterchange(BoardingResponse response, CusresWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        return ToInterchange([response], options);
    }

    /// <summary>
    /// Builds one interchange holding every response, in order. They must share the envelope (sender, recipient,
    /// interchange reference, test flag) and, inside a functional group, the directory version; message references
    /// must be unique.
    /// </summary>
    public static Interchange ToInterchange(IReadOnlyList<BoardingResponse> responses, CusresWriterOptions? options = null) =>
        ToInterchange(responses, options, split: false);

    /// <summary>With <paramref name="split"/>, the responses are the parts of one answer: S010 numbers them, ERP groups are counted over all.</summary>
    private static Interchange ToInterchange(IReadOnlyList<BoardingResponse> responses, CusresWriterOptions? options, bool split)
    {
        ArgumentNullException.ThrowIfNull(responses);
        if (responses.Count == 0) throw new ArgumentException("an interchange needs at least one response", nameof(responses));
        options ??= CusresWriterOptions.Default;
        var header = responses[0].Header;
        var version = DirectoryVersion.Parse(header.Version ?? options.Version);
        var references = new HashSet<string>(StringComparer.Ordinal);
        var messages = new EdifactMessage[responses.Count];
        int groupOffset = 0;
        for (int i = 0; i < responses.Count; i++)
        {
            var h = responses[i].Header;
            if (h.Sender != header.Sender || h.Recipient != header.Recipient || h.InterchangeReference != header.InterchangeReference || h.Test != header.Test)
            {
                throw new ArgumentException($"response {i + 1} has another envelope (sender, recipient, interchange reference or test flag) than the first");
            }
            var own = DirectoryVersion.Parse(h.Version ?? options.Version);
            if (options.FunctionalGroup && own != version)
            {
                throw new ArgumentException($"response {i + 1} is CUSRES {own} but the group is {version}: one functional group holds one version");
            }
            if (!references.Add(h.MessageReference)) throw new ArgumentException($"message reference '{h.MessageReference}' is used twice in the interchange");
            var sequence = split
                ? DataElement.Of((i + 1).ToString("00", CultureInfo.InvariantCulture), i == responses.Count - 1 ? "F" : "C")
                : DataElement.Of("01", "F");
            messages[i] = ToMessage(responses[i], options, own, groupOffset, sequence);
            if (split) groupOffset += responses[i].Entries.Count;
        }

        var check = new ValueCheck(options.SyntaxIdentifier);
        string reference = check.Text(Required(header.InterchangeReference, "the interchange reference (UNB 0020)"), "UNB 0020", 14);
        string sender = check.Text(Required(header.Sender, "the sender (UNB S002)"), "UNB S002 0004", 35);
        string recipient = check.Text(Required(header.Recipient, "the recipient (UNB S003)"), "UNB S003 0010", 35);
        var now = options.Clock.GetUtcNow();
        var date = DataElement.Of(now.ToString("yyMMdd", CultureInfo.InvariantCulture), now.ToString("HHmm", CultureInfo.InvariantCulture));
        var unb = Segment.Of("UNB",
            DataElement.Of(options.SyntaxIdentifier, options.SyntaxVersion),
            Party(sender, options.PartyQualifier),
            Party(recipient, options.PartyQualifier),
            date,
            DataElement.Of(reference),
            DataElement.Empty,
            DataElement.Of(options.ApplicationReference),
            DataElement.Empty,
            DataElement.Of(options.AcknowledgementRequested ? "1" : ""),
            DataElement.Empty,
            DataElement.Of(header.Test ? "1" : ""));
        if (!options.FunctionalGroup)
        {
            return new Interchange(options.Delimiters, unb, ValueList<FunctionalGroup>.Empty, ValueList<EdifactMessage>.Own(messages));
        }
        var ung = Segment.Of("UNG",
            DataElement.Of("CUSRES"),
            DataElement.Of(options.ApplicationSender ?? sender),
            DataElement.Of(options.ApplicationRecipient ?? recipient),
            date,
            DataElement.Of(reference),
            DataElement.Of("UN"),
            DataElement.Of(version.Version, version.Release));
        return new Interchange(options.Delimiters, unb, ValueList.Of(new FunctionalGroup(ung, ValueList<EdifactMessage>.Own(messages))),
            ValueList<EdifactMessage>.Empty);
    }

    /// <summary>Builds the CUSRES message alone (UNH and body), for callers that assemble their own interchange.</summary>
    public static EdifactMessage ToMessage(BoardingResponse response, CusresWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        options ??= CusresWriterOptions.Default;
        return ToMessage(response, options, DirectoryVersion.Parse(response.Header.Version ?? options.Version), 0, DataElement.Of("01", "F"));
    }

    private static EdifactMessage ToMessage(BoardingResponse response, CusresWriterOptions options, DirectoryVersion version, int groupOffset, DataElement sequence)
    {
        if (response.Entries.Count > version.MaxEntryGroups)
        {
            throw new ArgumentException(
                $"{response.Entries.Count} ERP groups exceed the {version.MaxEntryGroups} that CUSRES {version} allows; split the response",
                nameof(response));
        }
        var body = new List<Segment>(8 + response.Flights.Count * 5 + response.Entries.Count * 5);
        var check = new ValueCheck(options.SyntaxIdentifier);
        body.Add(Segment.Of("BGM", DataElement.Of(check.Code(response.DocumentCode, "BGM 1001", 3))));
        foreach (var text in response.FreeTexts) body.Add(FreeTextSegment(text, check));
        if (response.TransactionReference is not null)
        {
            body.Add(Reference(new ResponseReference(ReferenceQualifiers.Transaction, response.TransactionReference), check));
        }
        foreach (var other in response.OtherReferences) body.Add(Reference(other, check));
        foreach (var flight in response.Flights)
        {
            body.Add(Reference(new ResponseReference(ReferenceQualifiers.Flight, flight.Flight), check));
            if (flight.Departure is { } departure) body.Add(Date("189", departure, check));
            if (flight.Arrival is { } arrival) body.Add(Date("232", arrival, check));
            if (flight.DeparturePort is { } from) body.Add(Segment.Of("LOC", DataElement.Of("125"), DataElement.Of(check.Text(from, "LOC 3225", 35))));
            if (flight.ArrivalPort is { } to) body.Add(Segment.Of("LOC", DataElement.Of("87"), DataElement.Of(check.Text(to, "LOC 3225", 35))));
        }
        for (int e = 0; e < response.Entries.Count; e++)
        {
            var entry = response.Entries[e];
            var group = new ValueCheck(options.SyntaxIdentifier, groupOffset + e + 1);
            body.Add(Segment.Of("ERP", DataElement.Of(group.Code(entry.Section, "ERP 1049", 3))));
            foreach (var reference in entry.References) body.Add(Reference(reference, group));
            foreach (var status in entry.Statuses) body.Add(Segment.Of("ERC", DataElement.Of(group.Code(status.Code, "ERC 9321", 8))));
            foreach (var text in entry.FreeTexts) body.Add(FreeTextSegment(text, group));
        }

        var header = response.Header;
        var identifier = options.Association is null
            ? DataElement.Of("CUSRES", version.Version, version.Release, "UN")
            : DataElement.Of("CUSRES", version.Version, version.Release, "UN", options.Association);
        var unh = Segment.Of("UNH",
            DataElement.Of(check.Text(Required(header.MessageReference, "the message reference (UNH 0062)"), "UNH 0062", 14)),
            identifier,
            DataElement.Of(header.CommonAccessReference is null ? "" : check.Text(header.CommonAccessReference, "UNH 0068", 35)),
            sequence);
        return new EdifactMessage(unh, ValueList<Segment>.Own([.. body]));
    }

    private static Segment Reference(ResponseReference reference, ValueCheck check) =>
        Segment.Of("RFF", DataElement.Of(check.Code(reference.Qualifier, "RFF 1153", 3), check.Text(reference.Value, "RFF 1154", 70)));

    private static Segment Date(string qualifier, MessageDate date, ValueCheck check) =>
        Segment.Of("DTM", DataElement.Of(qualifier, check.Text(date.Text, "DTM 2380", 35), check.Text(date.Format, "DTM 2379", 3)));

    private static Segment FreeTextSegment(FreeText text, ValueCheck check)
    {
        if (text.Lines.Count is 0 or > 5) throw new ArgumentException($"FTX {text.Qualifier} needs one to five lines, not {text.Lines.Count}");
        var lines = new string[text.Lines.Count];
        for (int i = 0; i < lines.Length; i++)
        {
            if (text.Lines[i].Length == 0) throw new ArgumentException($"FTX {text.Qualifier} line {i + 1} is empty");
            lines[i] = check.Text(text.Lines[i], "FTX 4440", 512);
        }
        return Segment.Of("FTX", DataElement.Of(check.Code(text.Qualifier, "FTX 4451", 3)), DataElement.Empty, DataElement.Empty, DataElement.Of(lines));
    }

    private static DataElement Party(string id, string? qualifier) => qualifier is null ? DataElement.Of(id) : DataElement.Of(id, qualifier);

    private static string Required(string? value, string what) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException($"the response lacks {what}") : value;

    /// <summary>Checks lengths and the syntax level's repertoire so the partner never receives a value it must reject.</summary>
    private readonly struct ValueCheck(string syntaxIdentifier, int? group = null)
    {
        internal string Code(string value, string what, int max) =>
            value.Length == 0 ? throw new ArgumentException($"{what} is empty") : Text(value, what, max);

        internal string Text(string value, string what, int max)
        {
            if (value.Length > max)
            {
                throw new CusresValueException($"{what} '{Shown(value)}' is {value.Length} characters long; at most {max} are allowed", what, value, group, repertoire: false);
            }
            int bad = CharacterRepertoire.FirstInvalid(value, syntaxIdentifier);
            if (bad >= 0)
            {
                throw new CusresValueException(
                    $"{what} '{Shown(value)}' holds U+{(int)value[bad]:X4} at position {bad + 1}, which syntax {syntaxIdentifier} does not allow", what, value, group, repertoire: true);
            }
            return value;
        }

        /// <summary>The value as a message may quote it: control characters escaped, at most 80 characters.</summary>
        private static string Shown(string value)
        {
            var text = new System.Text.StringBuilder(Math.Min(value.Length, 80));
            foreach (char c in value.Length > 80 ? value[..77] : value) text.Append(char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString());
            return value.Length > 80 ? text.Append("...").ToString() : text.ToString();
        }
    }
}
