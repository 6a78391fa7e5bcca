using System.Buffers;
using Gateway.Schemas.Avro;

namespace Gateway.UnitTests.Avro;

internal static class AvroTestHelpers
{
    public static byte[] Encode(string schemaJson, object? datum) => GenericDatumWriter.Encode(AvroSchema.Parse(schemaJson), datum);

    public static object? Decode(string schemaJson, byte[] data) => new GenericDatumReader(AvroSchema.Parse(schemaJson)).Decode(data);

    public static object? Resolve(string writerJson, string readerJson, object? datum)
    {
        var writer = AvroSchema.Parse(writerJson);
        return new GenericDatumReader(writer, AvroSchema.Parse(readerJson)).Decode(GenericDatumWriter.Encode(writer, datum));
    }

    public static byte[] Write(Action<AvroWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        write(new AvroWriter(buffer));
        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));
}
