namespace Gateway.Domain.Validation.Reference;

/// <summary>What kind of location code a port is given as.</summary>
public enum PortKind
{
    /// <summary>Not a code shape we know.</summary>
    Invalid,
    /// <summary>IATA airport code (3 letters).</summary>
    Iata,
    /// <summary>ICAO airport code (4 letters).</summary>
    Icao,
    /// <summary>UN/LOCODE (country alpha-2 + 3 characters), used for seaports.</summary>
    UnLocode,
}
