namespace Gateway.Domain.Validation.Reference;

/// <summary>
/// Nationality and issuing-State codes: ISO 3166-1 alpha-3 plus the ICAO 9303 Part 3 codes (D for Germany, the
/// British GB* statuses, UN officials, stateless persons and refugees, EU and Order of Malta documents).
/// </summary>
public static class NationalityCodes
{
    private static readonly HashSet<string> IcaoSpecials = new(StringComparer.Ordinal)
    {
        "D", "GBD", "GBN", "GBO", "GBP", "GBS", "UNO", "UNA", "UNK", "XXA", "XXB", "XXC", "XXX", "EUE", "XOM",
    };

    // Used by documents some States accept but neither ISO nor ICAO lists (RKS: Kosovo-issued passports).
    private static readonly HashSet<string> NonStandard = new(StringComparer.Ordinal) { "RKS" };

    /// <summary>How a code stands.</summary>
    public static NationalityStatus Classify(string? code, PortDirectory directory)
    {
        if (string.IsNullOrWhiteSpace(code)) return NationalityStatus.Missing;
        // The MRZ writes Germany as "D<<"; fillers are not part of the code.
        string c = code.Trim().TrimEnd('<');
        if (directory.IsAlpha3(c) || IcaoSpecials.Contains(c)) return NationalityStatus.Valid;
        if (NonStandard.Contains(c)) return NationalityStatus.NonStandard;
        return NationalityStatus.Unknown;
    }

    /// <summary>A hint for a wrong code: the alpha-3 code when an alpha-2 code was sent, else empty.</summary>
    public static string Hint(string code, PortDirectory directory)
    {
        string c = code.Trim().ToUpperInvariant();
        if (c.Length == 2 && directory.Alpha3Of(c) is { } alpha3) return $" ({c} → {alpha3})";
        if (c.Length == 3 && c != code.Trim() && directory.IsAlpha3(c)) return $" ({code.Trim()} → {c})";
        return "";
    }
}

/// <summary>How a nationality code stands.</summary>
public enum NationalityStatus
{
    /// <summary>Not given.</summary>
    Missing,
    /// <summary>ISO 3166-1 alpha-3 or ICAO 9303.</summary>
    Valid,
    /// <summary>Used in practice but not standard.</summary>
    NonStandard,
    /// <summary>Not a code we know.</summary>
    Unknown,
}
