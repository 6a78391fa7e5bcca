namespace Gateway.Schemas.Responses;

/// <summary>An RFF reference: C506 1153 qualifier and 1154 value.</summary>
/// <param name="Qualifier">1153, e.g. <c>AVF</c> PNR locator, <c>ABO</c> unique passenger reference.</param>
/// <param name="Value">1154 (empty when the segment carries only the qualifier).</param>
public sealed record ResponseReference(string Qualifier, string Value)
{
    /// <inheritdoc />
    public override string ToString() => Qualifier + ":" + Value;
}

/// <summary>RFF 1153 qualifiers used in API responses.</summary>
public static class ReferenceQualifiers
{
    /// <summary>Transaction reference of the PAXLST being answered (message level).</summary>
    public const string Transaction = "TN";
    /// <summary>Flight (carrier and number), opening a flight group.</summary>
    public const string Flight = "AF";
    /// <summary>PNR record locator of the passenger.</summary>
    public const string PnrLocator = "AVF";
    /// <summary>Unique passenger reference assigned by the carrier.</summary>
    public const string PassengerReference = "ABO";
    /// <summary>Ticket number.</summary>
    public const string Ticket = "YZY";
}
