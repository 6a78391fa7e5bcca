namespace Gateway.Schemas.Avro;

/// <summary>
/// A schema, datum or encoding that breaks the Avro specification. The message says what and where: the schema
/// path (<c>Event.travellers[].name</c>), the byte offset in the input, or the block of a container file.
/// </summary>
public sealed class AvroException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    public AvroException(string message) : base(message) { }

    /// <summary>Creates the exception with its message and cause.</summary>
    public AvroException(string message, Exception inner) : base(message, inner) { }
}
