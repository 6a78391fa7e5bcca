using System.Text.Json;
using Gateway.Adapters.Contrl;
using Gateway.Adapters.Edifact;
using Gateway.Adapters.Paxlst;
using Gateway.Json;
using Gateway.Schemas.Manifests;

namespace Gateway.Submissions;

/// <summary>Reads a posted list: PAXLST (<c>application/edifact</c>, or text that looks like EDIFACT) or the JSON channel.</summary>
public static class SubmissionParser
{
    /// <summary>The lists in the body; throws <see cref="SubmissionRejected"/> with the position of what is wrong.</summary>
    public static IReadOnlyList<Manifest> Parse(string? contentType, byte[] body, string carrier) => ParseLists(contentType, body, carrier).Manifests;

    /// <summary>The lists in the body and, for PAXLST, the interchange they came in (its envelope, syntax level and notes).</summary>
    public static ParsedLists ParseLists(string? contentType, byte[] body, string carrier)
    {
        if (body.Length == 0) throw new SubmissionRejected("the request body is empty", null, null);
        if (IsJson(contentType, body))
        {
            return new ParsedLists([ManifestDocumentMapper.ToManifest(ReadJson(body, GatewayJsonContext.Default.ManifestDocument), carrier)], null);
        }
        return ReadEdifact(body, b =>
        {
            var edifact = EdifactReader.Read(b);
            return new ParsedLists(PaxlstReader.Read(edifact).Manifests, edifact);
        });
    }

    /// <summary>Reads a JSON body of the given type; throws <see cref="SubmissionRejected"/> with the JSON path of what is wrong.</summary>
    public static T ReadJson<T>(byte[] body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(body, type) ?? throw new SubmissionRejected("the JSON body is null", "$", null);
        }
        catch (JsonException e)
        {
            string where = $"{e.Path ?? "$"} (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1})";
            throw new SubmissionRejected($"the JSON body cannot be read at {where}: {Plain(e.Message)}", e.Path, null);
        }
    }

    /// <summary>Reads an EDIFACT body with a reader; a syntax error becomes <see cref="SubmissionRejected"/> with a CONTRL.</summary>
    public static T ReadEdifact<T>(byte[] body, Func<byte[], T> read)
    {
        if (body.Length == 0) throw new SubmissionRejected("the request body is empty", null, null);
        try
        {
            return read(body);
        }
        catch (EdifactSyntaxException e)
        {
            throw Rejected(body, e);
        }
    }

    private static SubmissionRejected Rejected(byte[] body, EdifactSyntaxException e)
    {
        string? contrl = ContrlResponder.Reject(body, e) is { } report ? ContrlWriter.Write(report) : null;
        return new SubmissionRejected(e.Message, e.Tag is null ? null : $"{e.Tag} #{e.SegmentNumber}", contrl)
        {
            Line = e.Position.Line,
            Column = e.Position.Column,
            ControlCode = e.ControlCode,
        };
    }

    private static bool IsJson(string? contentType, byte[] body)
    {
        if (contentType is not null && contentType.Contains("json", StringComparison.OrdinalIgnoreCase)) return true;
        if (contentType is not null && contentType.Contains("edifact", StringComparison.OrdinalIgnoreCase)) return false;
        foreach (byte b in body)
        {
            if (b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t') continue;
            return b is (byte)'{' or (byte)'[';
        }
        return false;
    }

    private static string Plain(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}

/// <summary>The lists of a submission; <paramref name="Edifact"/> is the interchange read, null for the JSON channel.</summary>
public sealed record ParsedLists(IReadOnlyList<Manifest> Manifests, EdifactReadResult? Edifact);

/// <summary>A submission that cannot be read: becomes a 400 with the position, and a CONTRL for EDIFACT callers.</summary>
public sealed class SubmissionRejected(string problem, string? where, string? contrl) : Exception(problem)
{
    /// <summary>Segment and number, or the JSON path.</summary>
    public string? Where { get; } = where;

    /// <summary>The CONTRL syntax report for an EDIFACT interchange.</summary>
    public string? Contrl { get; } = contrl;

    /// <summary>Line of the error.</summary>
    public int? Line { get; init; }

    /// <summary>Column of the error.</summary>
    public int? Column { get; init; }

    /// <summary>ISO 9735 0085 code.</summary>
    public string? ControlCode { get; init; }
}
