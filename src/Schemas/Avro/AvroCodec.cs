namespace Gateway.Schemas.Avro;

/// <summary>Block compression codecs of object container files.</summary>
public enum AvroCodec
{
    /// <summary>No compression (<c>null</c>).</summary>
    Null,
    /// <summary>Raw RFC 1951 deflate, no zlib header (<c>deflate</c>).</summary>
    Deflate,
}
