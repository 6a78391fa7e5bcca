namespace Gateway.Schemas.Avro;

/// <summary>The Avro 1.11 schema types.</summary>
public enum AvroType
{
    /// <summary>No value.</summary>
    Null,
    /// <summary>A binary value.</summary>
    Boolean,
    /// <summary>32-bit signed integer (zig-zag varint).</summary>
    Int,
    /// <summary>64-bit signed integer (zig-zag varint).</summary>
    Long,
    /// <summary>IEEE 754 single precision, little-endian.</summary>
    Float,
    /// <summary>IEEE 754 double precision, little-endian.</summary>
    Double,
    /// <summary>Sequence of bytes, length-prefixed.</summary>
    Bytes,
    /// <summary>UTF-8 text, length-prefixed.</summary>
    String,
    /// <summary>Named record of fields.</summary>
    Record,
    /// <summary>Named enumeration of symbols.</summary>
    Enum,
    /// <summary>Blocked array of items.</summary>
    Array,
    /// <summary>Blocked map with string keys.</summary>
    Map,
    /// <summary>Union of branches, written as the branch index then the value.</summary>
    Union,
    /// <summary>Named fixed-size bytes.</summary>
    Fixed,
}
