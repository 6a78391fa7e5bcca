namespace Gateway.Schemas.Avro;

/// <summary>
/// A logical type annotation the codec understands. Unknown or invalid annotations are ignored as the
/// specification requires: the schema then behaves as its underlying type.
/// </summary>
/// <param name="Name">The <c>logicalType</c> attribute, e.g. <c>timestamp-millis</c>.</param>
/// <param name="Precision">Decimal precision (decimal only).</param>
/// <param name="Scale">Decimal scale (decimal only).</param>
public sealed record LogicalType(string Name, int Precision = 0, int Scale = 0)
{
    /// <summary>Milliseconds since the Unix epoch, UTC, on a long; read as <see cref="DateTimeOffset"/>.</summary>
    public const string TimestampMillis = "timestamp-millis";
    /// <summary>Microseconds since the Unix epoch, UTC, on a long; read as <see cref="DateTimeOffset"/>.</summary>
    public const string TimestampMicros = "timestamp-micros";
    /// <summary>Days since the Unix epoch on an int; read as <see cref="DateOnly"/>.</summary>
    public const string Date = "date";
    /// <summary>RFC 4122 text on a string; read as <see cref="Guid"/>.</summary>
    public const string Uuid = "uuid";
    /// <summary>Two's-complement big-endian unscaled value on bytes or fixed; read as <see cref="decimal"/>.</summary>
    public const string Decimal = "decimal";
}
