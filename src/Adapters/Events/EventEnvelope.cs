using Avro;
using Avro.IO;
using Gateway.Schemas.Events;

namespace Gateway.Adapters.Events;

/// <summary>
/// What can be read from any event message without decoding all of it: every event schema starts with its
/// <c>eventId</c> (uuid, an Avro string), so a single-object message's id is the first string after the header. The
/// relay uses it as the Kafka <c>message-id</c> header without knowing the event type.
/// </summary>
public static class EventEnvelope
{
    /// <summary>
    /// The event id of a single-object message whose writer schema is a known event schema starting with
    /// <c>eventId</c>; null for anything else (not Avro, unknown fingerprint, truncated).
    /// </summary>
    public static string? EventId(byte[] message, Func<long, RecordSchema?>? writerSchemas = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!SingleObjectEncoding.TryReadHeader(message, out long fingerprint)) return null;
        var schema = (writerSchemas ?? EventSchemas.ByFingerprint)(fingerprint);
        if (schema is null || schema.Fields.Count == 0 || schema.Fields[0].Name != "eventId") return null;
        using var body = new MemoryStream(message, SingleObjectEncoding.HeaderLength, message.Length - SingleObjectEncoding.HeaderLength, writable: false);
        try
        {
            return new BinaryDecoder(body).ReadString();
        }
        catch (AvroException)
        {
            return null;
        }
        catch (EndOfStreamException)
        {
            return null;
        }
    }
}
