namespace Gateway.Schemas.Responses;

/// <summary>
/// The normalised meaning of a response status code (ERC 9321), whatever code set the partner uses on the wire.
/// Only <see cref="OkToBoard"/> allows boarding: every other value keeps the boarding pass locked.
/// </summary>
public enum BoardingStatus
{
    /// <summary>A code the partner's table does not know; treated as not boardable.</summary>
    Unknown,
    /// <summary>OK to board (WCO/China <c>0Z</c>).</summary>
    OkToBoard,
    /// <summary>Do not board (<c>1Z</c>).</summary>
    DoNotBoard,
    /// <summary>Advisory, e.g. selectee or contact the authority (<c>2Z</c>); not boardable until cleared.</summary>
    Advisory,
    /// <summary>Insufficient data: resend with complete data (<c>4Z</c>).</summary>
    InsufficientData,
    /// <summary>Message-level acceptance (header-level <c>0</c>).</summary>
    Accepted,
    /// <summary>Message-level error or rejection (header-level <c>1</c>, PADIS <c>118</c> system unable to process).</summary>
    Error,
    /// <summary>No answer yet (internal; has no wire code by default).</summary>
    Pending,
    /// <summary>The authority did not answer in time (internal; has no wire code by default).</summary>
    Timeout,
}
