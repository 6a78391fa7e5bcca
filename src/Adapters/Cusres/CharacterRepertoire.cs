namespace Gateway.Adapters.Cusres;

/// <summary>
/// The characters a syntax identifier allows (ISO 9735 levels A and B, ISO 8859-1 for UNOC, ISO 10646 for UNOY). A writer checks its
/// values so that it never sends a partner a character its syntax level forbids, e.g. lower case under UNOA.
/// </summary>
public static class CharacterRepertoire
{
    private const string LevelAPunctuation = " .,-()/='+:?!\"%&*;<>";

    /// <summary>The index of the first character the syntax does not allow, or -1. UNOY and unknown identifiers allow all but control characters.</summary>
    public static int FirstInvalid(string value, string syntaxIdentifier)
    {
        ArgumentNullException.ThrowIfNull(value);
        for (int i = 0; i < value.Length; i++)
        {
            if (!Allows(syntaxIdentifier, value[i])) return i;
        }
        return -1;
    }

    /// <summary>Whether the syntax allows the character.</summary>
    public static bool Allows(string syntaxIdentifier, char c) => syntaxIdentifier switch
    {
        "UNOA" => c is >= 'A' and <= 'Z' or >= '0' and <= '9' || LevelAPunctuation.Contains(c, StringComparison.Ordinal),
        "UNOB" => c is >= ' ' and <= '~',
        "UNOC" => c is >= ' ' and <= '~' or >= '\u00A0' and <= '\u00FF',
        _ => !char.IsControl(c),
    };
}
