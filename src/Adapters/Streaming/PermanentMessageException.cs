namespace Gateway.Adapters.Streaming;

/// <summary>
/// A failure that retrying cannot mend: the message itself is wrong for its destination (undecodable, rejected by the
/// schema registry, too large). Whoever meets one — a consumer's handler, a serializer, the producer — throws (or wraps
/// the cause in) this exception, and the pipeline dead-letters the message at once with <see cref="Exception.Message"/>
/// as the reason instead of retrying it. Everything else is taken as transient (see <see cref="StreamErrors"/>).
/// </summary>
public sealed class PermanentMessageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PermanentMessageException()
    {
    }

    /// <summary>Creates the exception with the reason.</summary>
    public PermanentMessageException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with the reason and the error that showed it.</summary>
    public PermanentMessageException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
