using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace Gateway.Schemas.Avro.Codecs;

/// <summary>
/// A hand-written codec for one event record: the hot path. It writes and reads the current schema's binary
/// encoding directly (no generic datums); single-object messages from an older or newer writer schema are
/// resolved through <see cref="GenericDatumReader"/> and re-encoded with the current schema first.
/// </summary>
public abstract class EventCodec<T>
{
    private protected EventCodec(RecordSchema schema)
    {
        Schema = schema;
        Fingerprint = schema.Fingerprint();
    }

    /// <summary>The current schema this codec follows.</summary>
    public RecordSchema Schema { get; }

    /// <summary>CRC-64-AVRO of <see cref="Schema"/>.</summary>
    public long Fingerprint { get; }

    /// <summary>Writes the event's binary encoding (no header).</summary>
    public abstract void Write(AvroWriter writer, T value);

    /// <summary>Reads an event written with <see cref="Schema"/>.</summary>
    public abstract T Read(ref AvroReader reader);

    /// <summary>Writes a single-object message: <c>C3 01</c>, fingerprint, body.</summary>
    public void WriteSingleObject(IBufferWriter<byte> output, T value)
    {
        SingleObjectEncoding.WriteHeader(output, Fingerprint);
        Write(new AvroWriter(output), value);
    }

    /// <summary>Encodes a single-object message to a new array.</summary>
    public byte[] Encode(T value)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        WriteSingleObject(buffer, value);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Decodes a single-object message. The current schema is read directly; another known writer schema
    /// (<paramref name="writerSchemas"/>) is resolved to the current one first.
    /// </summary>
    /// <exception cref="AvroException">Unknown fingerprint, incompatible schema or malformed data.</exception>
    public T Decode(ReadOnlySpan<byte> message, Func<long, AvroSchema?>? writerSchemas = null)
    {
        long fingerprint = SingleObjectEncoding.ReadHeader(message, out var body);
        if (fingerprint != Fingerprint)
        {
            var writer = writerSchemas?.Invoke(fingerprint)
                ?? throw new AvroException($"{Schema.Name}: no schema known with fingerprint {fingerprint:X16}");
            var datum = new GenericDatumReader(writer, Schema).Decode(body);
            body = GenericDatumWriter.Encode(Schema, datum);
        }
        var reader = new AvroReader(body);
        var value = Read(ref reader);
        if (!reader.End) throw new AvroException($"{Schema.Name}: {body.Length - reader.Position} bytes left after the event");
        return value;
    }

    /// <summary>Reads a uuid logical value without allocating a string.</summary>
    protected static Guid ReadUuid(ref AvroReader r)
    {
        int start = r.Position;
        var utf8 = r.ReadStringUtf8();
        Span<char> chars = stackalloc char[36];
        if (utf8.Length == 36 && Encoding.UTF8.TryGetChars(utf8, chars, out int n) && Guid.TryParseExact(chars[..n], "D", out var g)) return g;
        throw new AvroException($"Avro data at byte {start}: uuid value \"{Encoding.UTF8.GetString(utf8)}\" is not a UUID");
    }
}
