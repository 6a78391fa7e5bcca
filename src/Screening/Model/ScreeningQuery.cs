namespace Gateway.Screening.Model;

/// A traveller to screen. Only the name is required; everything else sharpens the answer.
/// <param name="Name">The full name as written, in any script and any order.</param>
/// <param name="BirthDate">Full date or year only (Month/Day 0).</param>
/// <param name="Sex">M or F; anything else is unknown.</param>
/// <param name="Nationality">ISO 3166-1 alpha-3.</param>
public sealed record ScreeningQuery(
    string Name,
    BirthDate? BirthDate = null,
    char? Sex = null,
    string? Nationality = null,
    string? DocumentNumber = null,
    string? DocumentCountry = null);
