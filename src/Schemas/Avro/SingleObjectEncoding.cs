using System.Buffers;
using System.Buffers.Binary;

namespace Gateway.Schemas.Avro;

/// <summary>
/// Avro single-object encoding (specification 1.11): the marker <c>C3 01</c>, the writer schema's CRC-64-AVRO
/// fingerprint as 8 little-endian bytes, then the binary datum. This is the Kafka value format: a consumer finds
/// the writer schema by fingerprint and resolves it to its own.
/// </summary>
public static class SingleObjectEncoding
{
    /// <summary>Length of the header (marker and fingerprint).</summary>
    public const int HeaderLength = 10;

    /// <summary>Writes the header for a schema fingerprint.</summary>
    public static void WriteHeader(IBufferWriter<byte> output, long fingerprint)
    {
        var span = output.GetSpan(HeaderLength);
        span[0] = 0xC3;
        span[1] = 0x01;
        BinaryPrimitives.WriteInt64LittleEndian(span[2..], fingerprint);
        output.Advance(HeaderLength);
    }

    /// <summary>Encodes a generic datum with its header.</summary>
    public static byte[] Encode(AvroSchema schema, object? datum)
    {
        var buffer = new ArrayBufferWriter<byte>();
        WriteHeader(buffer, schema.Fingerprint());
        GenericDatumWriter.Write(new AvroWriter(buffer), schema, datum);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads the header: the writer fingerprint and the datum bytes after it.</summary>
    /// <exception cref="AvroException">Too short or the marker is not <c>C3 01</c>.</exception>
    public static long ReadHeader(ReadOnlySpan<byte> message, out ReadOnlySpan<byte> body)
    {
        if (message.Length < HeaderLength || message[0] != 0xC3 || message[1] != 0x01)
            throw new AvroException("Not an Avro single-object message: it must start with C3 01 and an 8-byte fingerprint");
        body = message[HeaderLength..];
        return BinaryPrimitives.ReadInt64LittleEndian(message[2..]);
    }

    /// <summary>Decodes a message, finding the writer schema by fingerprint and resolving it to the reader schema.</summary>
    /// <exception cref="AvroException">Unknown fingerprint or malformed data.</exception>
    public static object? Decode(ReadOnlySpan<byte> message, Func<long, AvroSchema?> writerSchemas, AvroSchema? readerSchema = null)
    {
        long fingerprint = ReadHeader(message, out var body);
        var writer = writerSchemas(fingerprint)
            ?? throw new AvroException($"Avro single-object message: no schema known with fingerprint {fingerprint:X16}");
        return new GenericDatumReader(writer, readerSchema).Decode(body);
    }
}
