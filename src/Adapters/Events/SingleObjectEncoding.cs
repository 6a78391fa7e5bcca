using System.Buffers.Binary;
using Avro;

namespace Gateway.Adapters.Events;

/// <summary>
/// The framing of Avro's single-object encoding (specification 1.12): the marker <c>C3 01</c>, the writer schema's
/// CRC-64-AVRO fingerprint as 8 little-endian bytes, then the Avro binary datum that Apache.Avro writes. It is the
/// registry-less format: the outbox holds it, and Kafka carries it when no schema registry is configured.
/// </summary>
public static class SingleObjectEncoding
{
    /// <summary>Length of the header (marker and fingerprint).</summary>
    public const int HeaderLength = 10;

    /// <summary>Writes the header for a schema fingerprint.</summary>
    public static void WriteHeader(Stream output, long fingerprint)
    {
        ArgumentNullException.ThrowIfNull(output);
        Span<byte> header = stackalloc byte[HeaderLength];
        header[0] = 0xC3;
        header[1] = 0x01;
        BinaryPrimitives.WriteInt64LittleEndian(header[2..], fingerprint);
        output.Write(header);
    }

    /// <summary>The writer fingerprint of a single-object message; false when the message does not start with the header.</summary>
    public static bool TryReadHeader(ReadOnlySpan<byte> message, out long fingerprint)
    {
        fingerprint = 0;
        if (message.Length < HeaderLength || message[0] != 0xC3 || message[1] != 0x01) return false;
        fingerprint = BinaryPrimitives.ReadInt64LittleEndian(message[2..]);
        return true;
    }

    /// <summary>The writer fingerprint of a single-object message.</summary>
    /// <exception cref="AvroException">Too short, or the marker is not <c>C3 01</c>.</exception>
    public static long ReadHeader(ReadOnlySpan<byte> message)
    {
        if (TryReadHeader(message, out long fingerprint)) return fingerprint;
        if (message.Length >= 5 && message[0] == 0)
        {
            throw new AvroException($"Not an Avro single-object message but the Schema Registry wire format (magic 0, schema id " +
                $"{BinaryPrimitives.ReadInt32BigEndian(message[1..])}): the stream could not look the schema up in the registry");
        }
        throw new AvroException("Not an Avro single-object message: it must start with C3 01 and an 8-byte fingerprint");
    }
}
