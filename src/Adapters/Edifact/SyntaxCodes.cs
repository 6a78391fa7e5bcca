namespace Gateway.Adapters.Edifact;

/// <summary>ISO 9735 syntax error codes (data element 0085) used in CONTRL and in <see cref="EdifactSyntaxException"/>.</summary>
public static class SyntaxCodes
{
    /// <summary>Syntax version or level not supported.</summary>
    public const string SyntaxNotSupported = "2";
    /// <summary>Invalid value.</summary>
    public const string InvalidValue = "12";
    /// <summary>Missing.</summary>
    public const string Missing = "13";
    /// <summary>Not supported in this position.</summary>
    public const string NotSupportedInPosition = "15";
    /// <summary>Too many constituents.</summary>
    public const string TooManyConstituents = "16";
    /// <summary>Unspecified error.</summary>
    public const string Unspecified = "18";
    /// <summary>Invalid service character(s).</summary>
    public const string InvalidServiceCharacter = "22";
    /// <summary>Invalid character(s).</summary>
    public const string InvalidCharacter = "21";
    /// <summary>References do not match.</summary>
    public const string ReferencesDoNotMatch = "28";
    /// <summary>Control count does not match number of instances received.</summary>
    public const string ControlCountMismatch = "29";
    /// <summary>Functional groups and messages/packages mixed.</summary>
    public const string GroupsAndMessagesMixed = "30";
    /// <summary>Lower level empty.</summary>
    public const string LowerLevelEmpty = "32";
    /// <summary>Invalid occurrence outside message, package or group.</summary>
    public const string InvalidOccurrence = "33";
    /// <summary>Character set not supported.</summary>
    public const string CharacterSetNotSupported = "46";
}
