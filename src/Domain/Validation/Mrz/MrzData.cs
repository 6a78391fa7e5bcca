using Gateway.Schemas;

namespace Gateway.Domain.Validation.Mrz;

/// <summary>
/// What a machine-readable zone says, field by field, as written in it (fillers turned into spaces in names,
/// stripped elsewhere), and every check digit it carries.
/// </summary>
public sealed record MrzData(
    MrzFormat Format,
    string DocumentCode,
    string IssuingState,
    string DocumentNumber,
    string Nationality,
    string BirthDate,
    string Sex,
    string Expiry,
    string Surname,
    ValueList<string> GivenNames,
    ValueList<MrzCheck> Checks);
