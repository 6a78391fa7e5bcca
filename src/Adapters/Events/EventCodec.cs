using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Avro;
using Avro.IO;
using Avro.Specific;
using Gateway.Schemas.Events;

namespace Gateway.Adapters.Events;

/// <summary>
/// Encodes and decodes one generated event class (<c>src/Schemas/Events/Generated</c>) in the single-object encoding,
/// with Apache.Avro's specific writer and reader. A message from another version of the schema is read through
/// Apache.Avro's writer→reader schema resolution; the writer schema is found by its fingerprint.
/// </summary>
/// <typeparam name="T">The generated event class.</typeparam>
public sealed class EventCodec<T> where T : class, ISpecificRecord, new()
{
    private readonly SpecificDatumWriter<T> _writer;
    private readonly SpecificDatumReader<T> _reader;
    private readonly ConcurrentDictionary<long, SpecificDatumReader<T>> _resolving = new();

    private EventCodec()
    {
        Schema = (RecordSchema)new T().Schema;
        Fingerprint = EventSchemas.Fingerprint(Schema);
        _writer = new SpecificDatumWriter<T>(Schema);
        _reader = new SpecificDatumReader<T>(Schema, Schema);
    }

    /// <summary>The shared instance.</summary>
    public static EventCodec<T> Instance { get; } = new();

    /// <summary>The schema the generated class was generated from.</summary>
    public RecordSchema Schema { get; }

    /// <summary>CRC-64-AVRO of <see cref="Schema"/>.</summary>
    public long Fingerprint { get; }

    /// <summary>Writes a single-object message: <c>C3 01</c>, fingerprint, body.</summary>
    public void Write(Stream output, T value)
    {
        SingleObjectEncoding.WriteHeader(output, Fingerprint);
        _writer.Write(value, new BinaryEncoder(output));
    }

    /// <summary>Encodes a single-object message to a new array.</summary>
    public byte[] Encode(T value)
    {
        using var buffer = new MemoryStream(256);
        Write(buffer, value);
        return buffer.ToArray();
    }

    /// <summary>
    /// Decodes a single-object message. The current schema is read directly; another writer schema, found by its
    /// fingerprint in <paramref name="writerSchemas"/> or among the current event schemas, is resolved to the current one.
    /// </summary>
    /// <exception cref="AvroException">Not a single-object message, unknown fingerprint, incompatible schema or malformed data.</exception>
    public T Decode(ReadOnlyMemory<byte> message, Func<long, Schema?>? writerSchemas = null)
    {
        long fingerprint = SingleObjectEncoding.ReadHeader(message.Span);
        var reader = fingerprint == Fingerprint ? _reader : _resolving.GetOrAdd(fingerprint, fp => new SpecificDatumReader<T>(
            writerSchemas?.Invoke(fp) ?? EventSchemas.ByFingerprint(fp)
                ?? throw new AvroException($"{Schema.Name}: no schema known with fingerprint {fp:X16}"), Schema));
        var body = message[SingleObjectEncoding.HeaderLength..];
        using var stream = MemoryMarshal.TryGetArray(body, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(body.ToArray(), writable: false);
        T value;
        try
        {
            value = reader.Read(null!, new BinaryDecoder(stream));
        }
        catch (Exception e) when (e is not AvroException)
        {
            throw new AvroException($"{Schema.Name}: malformed Avro data ({e.Message})", e);
        }
        if (stream.Position != stream.Length) throw new AvroException($"{Schema.Name}: {stream.Length - stream.Position} bytes left after the event");
        return value;
    }
}
