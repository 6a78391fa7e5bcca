using System.IO.Compression;
using System.Text;

namespace Gateway.Schemas.Avro;

/// <summary>
/// Reads an Avro object container file: checks the magic, reads the header metadata and the writer schema, then
/// yields the datums of each block (codecs <c>null</c> and <c>deflate</c>), resolving them to an optional reader
/// schema. A damaged file is an <see cref="AvroException"/> naming the block.
/// </summary>
public sealed class AvroContainerReader
{
    private readonly byte[] _data;
    private readonly int _firstBlock;
    private readonly byte[] _sync;
    private readonly GenericDatumReader _datumReader;

    /// <summary>Reads the header of a whole file held in memory.</summary>
    /// <exception cref="AvroException">Not an Avro container, an unknown codec, or a bad schema.</exception>
    public AvroContainerReader(byte[] data, AvroSchema? readerSchema = null)
    {
        _data = data;
        if (data.Length < 4 || data[0] != 'O' || data[1] != 'b' || data[2] != 'j' || data[3] != 1)
            throw new AvroException("Not an Avro object container file: the magic bytes Obj\\x01 are missing");
        var r = new AvroReader(data.AsSpan(4));
        var metadata = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        for (long count = r.ReadBlockCount(); count != 0; count = r.ReadBlockCount())
        {
            for (long i = 0; i < count; i++) metadata[r.ReadString()] = r.ReadBytes();
        }
        _sync = r.ReadFixed(16).ToArray();
        _firstBlock = 4 + r.Position;
        Metadata = metadata;

        if (!metadata.TryGetValue("avro.schema", out var schemaBytes)) throw new AvroException("Avro container header has no avro.schema");
        WriterSchema = AvroSchema.Parse(Encoding.UTF8.GetString(schemaBytes));
        string codec = metadata.TryGetValue("avro.codec", out var c) ? Encoding.UTF8.GetString(c) : "null";
        Codec = codec switch
        {
            "null" => AvroCodec.Null,
            "deflate" => AvroCodec.Deflate,
            _ => throw new AvroException($"Avro container codec \"{codec}\" is not supported (null and deflate are)"),
        };
        _datumReader = new GenericDatumReader(WriterSchema, readerSchema);
    }

    /// <summary>Reads a whole file.</summary>
    public static AvroContainerReader Open(string path, AvroSchema? readerSchema = null) => new(File.ReadAllBytes(path), readerSchema);

    /// <summary>The header metadata.</summary>
    public IReadOnlyDictionary<string, byte[]> Metadata { get; }

    /// <summary>The schema the file was written with.</summary>
    public AvroSchema WriterSchema { get; }

    /// <summary>The block codec.</summary>
    public AvroCodec Codec { get; }

    /// <summary>Every datum of every block, in file order.</summary>
    public IEnumerable<object?> Read()
    {
        int offset = _firstBlock;
        int block = 0;
        while (offset < _data.Length)
        {
            var (datums, next) = ReadBlock(offset, block);
            foreach (var d in datums) yield return d;
            offset = next;
            block++;
        }
    }

    private (List<object?> Datums, int Next) ReadBlock(int offset, int block)
    {
        var r = new AvroReader(_data.AsSpan(offset));
        long count;
        long size;
        try
        {
            count = r.ReadLong();
            size = r.ReadLong();
        }
        catch (AvroException e)
        {
            throw new AvroException($"Avro container block {block} at byte {offset}: bad block header ({e.Message})", e);
        }
        if (count < 0 || size < 0 || size > _data.Length - offset - r.Position - 16)
            throw new AvroException($"Avro container block {block} at byte {offset}: block of {count} datums and {size} bytes does not fit the file");
        int dataStart = offset + r.Position;
        var payload = _data.AsSpan(dataStart, (int)size);
        if (!_data.AsSpan(dataStart + (int)size, 16).SequenceEqual(_sync))
            throw new AvroException($"Avro container block {block} at byte {offset}: sync marker does not match the header's");
        byte[] decoded = Codec == AvroCodec.Deflate ? Inflate(payload, block) : payload.ToArray();
        var datums = new List<object?>((int)Math.Min(count, 4096));
        var dr = new AvroReader(decoded);
        try
        {
            for (long i = 0; i < count; i++) datums.Add(_datumReader.Read(ref dr));
        }
        catch (AvroException e)
        {
            throw new AvroException($"Avro container block {block}, datum {datums.Count}: {e.Message}", e);
        }
        if (!dr.End) throw new AvroException($"Avro container block {block}: {decoded.Length - dr.Position} bytes left after {count} datums");
        return (datums, dataStart + (int)size + 16);
    }

    private static byte[] Inflate(ReadOnlySpan<byte> payload, int block)
    {
        try
        {
            using var input = new MemoryStream(payload.ToArray());
            using var deflate = new DeflateStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            deflate.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new AvroException($"Avro container block {block}: deflate data is corrupt", e);
        }
    }
}
