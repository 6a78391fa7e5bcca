using System.Buffers.Binary;
using System.Text;

namespace Gateway.Schemas.Avro;

/// <summary>
/// The Avro binary decoder over a span. Reading primitives allocates nothing; <see cref="ReadString"/> allocates
/// only the string it returns, and <see cref="ReadStringUtf8"/> returns a slice of the input instead. Errors give
/// the byte offset.
/// </summary>
public ref struct AvroReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    /// <summary>Reads from the start of the span.</summary>
    public AvroReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
    }

    /// <summary>Offset of the next byte to read.</summary>
    public readonly int Position => _position;

    /// <summary>Whether every byte has been read.</summary>
    public readonly bool End => _position >= _data.Length;

    /// <summary>The bytes not read yet.</summary>
    public readonly ReadOnlySpan<byte> Remaining => _data[_position..];

    /// <summary>A boolean (0 or 1; anything else is an error).</summary>
    public bool ReadBoolean()
    {
        byte b = Take(1)[0];
        return b switch
        {
            0 => false,
            1 => true,
            _ => throw Error($"boolean byte must be 0 or 1, got {b}", 1),
        };
    }

    /// <summary>A zig-zag varint int (at most 5 bytes, in range).</summary>
    public int ReadInt()
    {
        int start = _position;
        long value = ReadLong();
        if (value is < int.MinValue or > int.MaxValue)
            throw new AvroException($"Avro data at byte {start}: int value {value} is out of range");
        return (int)value;
    }

    /// <summary>A zig-zag varint long (at most 10 bytes).</summary>
    public long ReadLong()
    {
        ulong n = 0;
        int shift = 0;
        int start = _position;
        while (true)
        {
            if (_position >= _data.Length) throw new AvroException($"Avro data at byte {start}: varint runs past the end of the data");
            byte b = _data[_position++];
            n |= (ulong)(b & 0x7f) << shift;
            if ((b & 0x80) == 0) break;
            shift += 7;
            if (shift > 63) throw new AvroException($"Avro data at byte {start}: varint is longer than 10 bytes");
        }
        return (long)(n >> 1) ^ -(long)(n & 1);
    }

    /// <summary>A float, 4 bytes little-endian.</summary>
    public float ReadFloat() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));

    /// <summary>A double, 8 bytes little-endian.</summary>
    public double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

    /// <summary>Bytes as a slice of the input (no copy).</summary>
    public ReadOnlySpan<byte> ReadBytesSpan() => Take(ReadLength());

    /// <summary>Bytes copied into a new array.</summary>
    public byte[] ReadBytes() => ReadBytesSpan().ToArray();

    /// <summary>A string's UTF-8 bytes as a slice of the input (no copy, no allocation).</summary>
    public ReadOnlySpan<byte> ReadStringUtf8() => Take(ReadLength());

    /// <summary>A string (validated UTF-8).</summary>
    public string ReadString()
    {
        int start = _position;
        var utf8 = ReadStringUtf8();
        try
        {
            return utf8.IsEmpty ? string.Empty : StrictUtf8.GetString(utf8);
        }
        catch (DecoderFallbackException e)
        {
            throw new AvroException($"Avro data at byte {start}: string is not valid UTF-8", e);
        }
    }

    /// <summary>A decimal logical value on bytes at the given scale, read without allocating.</summary>
    public decimal ReadDecimal(int scale)
    {
        int start = _position;
        var bytes = ReadBytesSpan();
        try
        {
            return DecimalBytes.Read(bytes, scale);
        }
        catch (AvroException e)
        {
            throw new AvroException($"Avro data at byte {start}: {e.Message}", e);
        }
    }

    /// <summary>A fixed number of bytes as a slice of the input.</summary>
    public ReadOnlySpan<byte> ReadFixed(int size) => Take(size);

    /// <summary>An enum index, checked against the number of symbols.</summary>
    public int ReadEnum(int symbolCount)
    {
        int start = _position;
        int index = ReadInt();
        if ((uint)index >= (uint)symbolCount)
            throw new AvroException($"Avro data at byte {start}: enum index {index} is outside 0..{symbolCount - 1}");
        return index;
    }

    /// <summary>A union branch index, checked against the number of branches.</summary>
    public int ReadUnionIndex(int branchCount)
    {
        int start = _position;
        long index = ReadLong();
        if (index < 0 || index >= branchCount)
            throw new AvroException($"Avro data at byte {start}: union branch {index} is outside 0..{branchCount - 1}");
        return (int)index;
    }

    /// <summary>
    /// The item count of the next array or map block; 0 ends the array or map. A negative count (the writer
    /// also gave the block's byte size, so readers can skip it) is returned as its absolute value with the
    /// size consumed.
    /// </summary>
    public long ReadBlockCount()
    {
        int start = _position;
        long count = ReadLong();
        if (count < 0)
        {
            if (count == long.MinValue) throw new AvroException($"Avro data at byte {start}: block count out of range");
            count = -count;
            long size = ReadLong();
            if (size < 0) throw new AvroException($"Avro data at byte {start}: negative block byte size {size}");
        }
        if (count > int.MaxValue) throw new AvroException($"Avro data at byte {start}: block count {count} is too large");
        return count;
    }

    /// <summary>
    /// The header of the next block when skipping: item count and, when the writer gave it, the byte size (else -1).
    /// </summary>
    public (long Count, long Size) ReadBlockHeader()
    {
        int start = _position;
        long count = ReadLong();
        if (count >= 0) return (count, -1);
        if (count == long.MinValue) throw new AvroException($"Avro data at byte {start}: block count out of range");
        long size = ReadLong();
        if (size < 0) throw new AvroException($"Avro data at byte {start}: negative block byte size {size}");
        return (-count, size);
    }

    /// <summary>Skips bytes (e.g. a block whose byte size is known).</summary>
    public void Skip(long count)
    {
        if (count < 0 || count > _data.Length - _position)
            throw Error($"cannot skip {count} bytes, {_data.Length - _position} remain", 0);
        _position += (int)count;
    }

    private int ReadLength()
    {
        int start = _position;
        long length = ReadLong();
        if (length < 0) throw new AvroException($"Avro data at byte {start}: negative length {length}");
        if (length > _data.Length - _position)
            throw new AvroException($"Avro data at byte {start}: length {length} runs past the end of the data ({_data.Length - _position} bytes remain)");
        return (int)length;
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _data.Length - _position)
            throw Error($"needs {count} bytes, {_data.Length - _position} remain", 0);
        var slice = _data.Slice(_position, count);
        _position += count;
        return slice;
    }

    private readonly AvroException Error(string what, int back) => new($"Avro data at byte {_position - back}: {what}");

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
