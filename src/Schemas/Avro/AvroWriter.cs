using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Gateway.Schemas.Avro;

/// <summary>
/// The Avro binary encoder over an <see cref="IBufferWriter{T}"/>: zig-zag varints, little-endian floats,
/// length-prefixed bytes and UTF-8 strings. It allocates nothing; hand-written event codecs call it field by field.
/// </summary>
public readonly struct AvroWriter
{
    private readonly IBufferWriter<byte> _output;

    /// <summary>Writes into the given buffer.</summary>
    public AvroWriter(IBufferWriter<byte> output) => _output = output ?? throw new ArgumentNullException(nameof(output));

    /// <summary>A boolean: one byte, 0 or 1.</summary>
    public void WriteBoolean(bool value)
    {
        _output.GetSpan(1)[0] = value ? (byte)1 : (byte)0;
        _output.Advance(1);
    }

    /// <summary>An int as a zig-zag varint.</summary>
    public void WriteInt(int value) => WriteLong(value);

    /// <summary>A long as a zig-zag varint (at most 10 bytes).</summary>
    public void WriteLong(long value)
    {
        var span = _output.GetSpan(10);
        ulong n = (ulong)((value << 1) ^ (value >> 63));
        int i = 0;
        while (n >= 0x80)
        {
            span[i++] = (byte)(n | 0x80);
            n >>= 7;
        }
        span[i++] = (byte)n;
        _output.Advance(i);
    }

    /// <summary>A float, 4 bytes little-endian.</summary>
    public void WriteFloat(float value)
    {
        BinaryPrimitives.WriteSingleLittleEndian(_output.GetSpan(4), value);
        _output.Advance(4);
    }

    /// <summary>A double, 8 bytes little-endian.</summary>
    public void WriteDouble(double value)
    {
        BinaryPrimitives.WriteDoubleLittleEndian(_output.GetSpan(8), value);
        _output.Advance(8);
    }

    /// <summary>Bytes: the length as a long, then the bytes.</summary>
    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        WriteLong(value.Length);
        WriteFixed(value);
    }

    /// <summary>A string: the UTF-8 length as a long, then the UTF-8 bytes, encoded straight into the buffer.</summary>
    public void WriteString(ReadOnlySpan<char> value)
    {
        // Short strings (at most 63 UTF-8 bytes, so a one-byte length) are encoded in one pass straight after a
        // reserved length byte; longer ones are measured first.
        if (value.Length <= 20)
        {
            var span = _output.GetSpan(1 + (3 * value.Length));
            int n = Encoding.UTF8.GetBytes(value, span[1..]);
            span[0] = (byte)(n << 1);
            _output.Advance(1 + n);
            return;
        }
        int length = Encoding.UTF8.GetByteCount(value);
        WriteLong(length);
        if (length == 0) return;
        int written = Encoding.UTF8.GetBytes(value, _output.GetSpan(length));
        _output.Advance(written);
    }

    /// <summary>Raw bytes with no length (fixed, or pre-encoded data).</summary>
    public void WriteFixed(ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty) return;
        value.CopyTo(_output.GetSpan(value.Length));
        _output.Advance(value.Length);
    }

    /// <summary>An enum symbol's index.</summary>
    public void WriteEnum(int index) => WriteInt(index);

    /// <summary>The branch index that starts a union value.</summary>
    public void WriteUnionIndex(int index) => WriteLong(index);

    /// <summary>
    /// Starts a block of <paramref name="count"/> array items or map entries; write the items after it and end
    /// the array or map with <see cref="WriteBlockEnd"/>. A zero count is skipped (a single block holds all items).
    /// </summary>
    public void WriteBlockStart(int count)
    {
        if (count > 0) WriteLong(count);
    }

    /// <summary>Ends an array or map (the zero-count block).</summary>
    public void WriteBlockEnd() => WriteLong(0);

    /// <summary>A timestamp-millis value: milliseconds since the Unix epoch.</summary>
    public void WriteTimestampMillis(DateTimeOffset value) => WriteLong(value.ToUnixTimeMilliseconds());

    /// <summary>A date value: days since the Unix epoch.</summary>
    public void WriteDate(DateOnly value) => WriteInt(value.DayNumber - LogicalValues.EpochDayNumber);

    /// <summary>A uuid value: its 36-character lower-case text, formatted without allocating.</summary>
    public void WriteUuid(Guid value)
    {
        Span<char> text = stackalloc char[36];
        value.TryFormat(text, out _, "D");
        WriteString(text);
    }

    /// <summary>
    /// A decimal logical value on bytes: the unscaled value at <paramref name="scale"/> as minimal big-endian
    /// two's complement, computed without allocating.
    /// </summary>
    /// <exception cref="AvroException">More fractional digits than the scale, or too large.</exception>
    public void WriteDecimal(decimal value, int scale)
    {
        Span<byte> bytes = stackalloc byte[16];
        int length = DecimalBytes.Write(value, scale, bytes);
        WriteBytes(bytes[(16 - length)..]);
    }

    /// <summary>An optional string as the union <c>["null","string"]</c>.</summary>
    public void WriteOptionalString(string? value)
    {
        if (value is null)
        {
            WriteUnionIndex(0);
            return;
        }
        WriteUnionIndex(1);
        WriteString(value);
    }
}
