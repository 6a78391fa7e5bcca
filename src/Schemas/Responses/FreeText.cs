namespace Gateway.Schemas.Responses;

/// <summary>An FTX free text: the 4451 subject qualifier and the C108 4440 lines (up to five, each up to 512 characters).</summary>
/// <param name="Qualifier">4451, e.g. <c>AAP</c> response text for the check-in agent.</param>
/// <param name="Lines">The text lines as sent.</param>
public sealed record FreeText(string Qualifier, ValueList<string> Lines)
{
    /// <summary>FTX 4451 <c>AAP</c>: response (free text), shown to the agent.</summary>
    public const string ResponseQualifier = "AAP";

    /// <summary>The lines joined with a space, for display.</summary>
    public string Text => string.Join(' ', Lines);

    /// <summary>A one-line response text (<c>FTX+AAP+++text</c>).</summary>
    public static FreeText Response(string text) => new(ResponseQualifier, ValueList.Of(text));

    /// <inheritdoc />
    public override string ToString() => Qualifier + ": " + Text;
}
