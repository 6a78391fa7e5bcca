namespace Gateway.Schemas.Avro;

/// <summary>
/// What can be read from any event message without decoding it: every event schema starts with its <c>eventId</c>
/// (uuid), so a single-object message's id is the first string after the header. The relay uses it as the Kafka
/// <c>message-id</c> header without knowing the event type.
/// </summary>
public static class EventEnvelope
{
    /// <summary>
    /// The event id of a single-object message whose writer schema is a known event schema starting with
    /// <c>eventId</c>; null for anything else (not Avro, unknown fingerprint, truncated).
    /// </summary>
    public static string? EventId(ReadOnlySpan<byte> message, Func<long, RecordSchema?>? writerSchemas = null)
    {
        if (message.Length < SingleObjectEncoding.HeaderLength || message[0] != 0xC3 || message[1] != 0x01) return null;
        long fingerprint = SingleObjectEncoding.ReadHeader(message, out var body);
        var schema = (writerSchemas ?? EventSchemas.ByFingerprint)(fingerprint);
        if (schema is null || schema.Fields.Count == 0 || schema.Fields[0].Name != "eventId") return null;
        try
        {
            var reader = new AvroReader(body);
            return reader.ReadString();
        }
        catch (AvroException)
        {
            return null;
        }
    }
}
