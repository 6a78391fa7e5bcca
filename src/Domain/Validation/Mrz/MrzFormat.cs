namespace Gateway.Domain.Validation.Mrz;

/// <summary>The MRZ layouts of ICAO 9303.</summary>
public enum MrzFormat
{
    /// <summary>Not a layout we know.</summary>
    Unknown,
    /// <summary>ID-1 card: 3 lines of 30.</summary>
    Td1,
    /// <summary>ID-2 card: 2 lines of 36.</summary>
    Td2,
    /// <summary>Passport: 2 lines of 44.</summary>
    Td3,
    /// <summary>Visa, format A: 2 lines of 44, no composite check.</summary>
    MrvA,
    /// <summary>Visa, format B: 2 lines of 36, no composite check.</summary>
    MrvB,
}
