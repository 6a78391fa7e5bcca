namespace Gateway.Domain.Validation.Reference;

/// <summary>What the gateway knows about a port code: its kind, country and time zone, and how sure it is of the zone.</summary>
/// <param name="Code">The code, upper-cased and without blanks.</param>
/// <param name="Kind">IATA, ICAO, UN/LOCODE or invalid.</param>
/// <param name="Country">ISO alpha-2 country, when known.</param>
/// <param name="Zone">The time zone, when one is known or assumed and present on this system.</param>
/// <param name="Basis">How the zone was found.</param>
/// <param name="Note">Why a zone was assumed or is missing, in English.</param>
/// <param name="NoteKorean">The same in Korean.</param>
public sealed record PortInfo(string Code, PortKind Kind, string? Country, TimeZoneInfo? Zone, ZoneBasis Basis, string? Note, string? NoteKorean = null)
{
    /// <summary>Whether the port is in the Republic of Korea.</summary>
    public bool IsKorea => Country == "KR";

    /// <summary>Whether the zone is an assumption the report must mention.</summary>
    public bool IsAssumed => Basis is ZoneBasis.Country or ZoneBasis.Unknown;
}
