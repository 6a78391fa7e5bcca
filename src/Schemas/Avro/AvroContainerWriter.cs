using System.Buffers;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Gateway.Schemas.Avro;

/// <summary>
/// Writes an Avro object container file (specification "Object Container Files"): the magic <c>Obj\x01</c>, the
/// header metadata (<c>avro.schema</c>, <c>avro.codec</c>), a 16-byte sync marker, then blocks of datums each
/// followed by the marker. Blocks are flushed when they reach <see cref="BlockSize"/> bytes and on dispose.
/// </summary>
public sealed class AvroContainerWriter : IDisposable
{
    private static readonly byte[] Magic = [(byte)'O', (byte)'b', (byte)'j', 1];

    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private readonly AvroCodec _codec;
    private readonly byte[] _sync;
    private readonly ArrayBufferWriter<byte> _block = new(64 * 1024);
    private readonly ArrayBufferWriter<byte> _frame = new(1024);
    private long _count;
    private bool _disposed;

    /// <summary>Starts a file: writes the header at once.</summary>
    /// <param name="output">Where the file goes.</param>
    /// <param name="schema">The writer schema stored in the header.</param>
    /// <param name="codec">Block compression.</param>
    /// <param name="sync">The 16-byte sync marker; random when null.</param>
    /// <param name="metadata">Extra header entries (user keys must not start with <c>avro.</c>).</param>
    /// <param name="leaveOpen">Leave the stream open on dispose.</param>
    public AvroContainerWriter(Stream output, AvroSchema schema, AvroCodec codec = AvroCodec.Null, byte[]? sync = null,
        IReadOnlyDictionary<string, byte[]>? metadata = null, bool leaveOpen = false)
    {
        _output = output;
        _leaveOpen = leaveOpen;
        _codec = codec;
        Schema = schema;
        _sync = sync ?? RandomNumberGenerator.GetBytes(16);
        if (_sync.Length != 16) throw new ArgumentException("the sync marker must be 16 bytes", nameof(sync));

        var header = new ArrayBufferWriter<byte>();
        var w = new AvroWriter(header);
        w.WriteFixed(Magic);
        var meta = new List<(string, byte[])>
        {
            ("avro.schema", Encoding.UTF8.GetBytes(SchemaJsonWriter.Write(schema))),
            ("avro.codec", Encoding.UTF8.GetBytes(codec == AvroCodec.Deflate ? "deflate" : "null")),
        };
        foreach (var (key, value) in metadata ?? new Dictionary<string, byte[]>())
        {
            if (key.StartsWith("avro.", StringComparison.Ordinal)) throw new ArgumentException($"metadata key \"{key}\" is reserved", nameof(metadata));
            meta.Add((key, value));
        }
        w.WriteBlockStart(meta.Count);
        foreach (var (key, value) in meta)
        {
            w.WriteString(key);
            w.WriteBytes(value);
        }
        w.WriteBlockEnd();
        w.WriteFixed(_sync);
        _output.Write(header.WrittenSpan);
    }

    /// <summary>The writer schema.</summary>
    public AvroSchema Schema { get; }

    /// <summary>Uncompressed bytes after which a block is flushed (default 64 KiB).</summary>
    public int BlockSize { get; init; } = 64 * 1024;

    /// <summary>Appends a generic datum.</summary>
    public void Append(object? datum)
    {
        GenericDatumWriter.Write(new AvroWriter(_block), Schema, datum);
        Appended();
    }

    /// <summary>Appends a datum already encoded with the writer schema (e.g. by a hand-written event codec).</summary>
    public void AppendEncoded(ReadOnlySpan<byte> datum)
    {
        new AvroWriter(_block).WriteFixed(datum);
        Appended();
    }

    /// <summary>The buffer a hand-written codec encodes the next datum into; call <see cref="Appended"/> after.</summary>
    public IBufferWriter<byte> Buffer => _block;

    /// <summary>Counts a datum written into <see cref="Buffer"/> and flushes the block when it is full.</summary>
    public void Appended()
    {
        _count++;
        if (_block.WrittenCount >= BlockSize) Flush();
    }

    /// <summary>Writes the pending block, if any.</summary>
    public void Flush()
    {
        if (_count == 0) return;
        ReadOnlySpan<byte> data = _block.WrittenSpan;
        byte[]? compressed = null;
        if (_codec == AvroCodec.Deflate)
        {
            using var ms = new MemoryStream();
            using (var deflate = new DeflateStream(ms, CompressionLevel.Optimal, leaveOpen: true)) deflate.Write(data);
            compressed = ms.ToArray();
            data = compressed;
        }
        _frame.Clear();
        var w = new AvroWriter(_frame);
        w.WriteLong(_count);
        w.WriteLong(data.Length);
        _output.Write(_frame.WrittenSpan);
        _output.Write(data);
        _output.Write(_sync);
        _block.Clear();
        _count = 0;
    }

    /// <summary>Flushes the last block and closes the stream unless asked to leave it open.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        Flush();
        _output.Flush();
        if (!_leaveOpen) _output.Dispose();
    }
}
