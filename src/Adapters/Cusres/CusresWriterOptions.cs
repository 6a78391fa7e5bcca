using Gateway.Adapters.Edifact;

namespace Gateway.Adapters.Cusres;

/// <summary>How CUSRES interchanges are written: directory version, syntax, envelope and layout.</summary>
public sealed class CusresWriterOptions
{
    /// <summary>UN directory, <c>D:05B</c> (the WCO profile) by default; <c>D:12B</c> or <c>D12B</c> also accepted.</summary>
    public string Version { get; set; } = "D:05B";

    /// <summary>UNH S009 0057 association assigned code (<c>IATA</c>); null leaves it out.</summary>
    public string? Association { get; set; } = "IATA";

    /// <summary>UNB S001 0001 syntax identifier. UNOA allows upper case only; free text must fit it.</summary>
    public string SyntaxIdentifier { get; set; } = "UNOA";

    /// <summary>UNB S001 0002 syntax version.</summary>
    public string SyntaxVersion { get; set; } = "4";

    /// <summary>UNB S002 0007 / S003 0007 partner identification code qualifiers (<c>ZZ</c> mutually defined); null leaves them out.</summary>
    public string? PartyQualifier { get; set; } = "ZZ";

    /// <summary>UNB 0026 application reference.</summary>
    public string ApplicationReference { get; set; } = "IAPI";

    /// <summary>Wrap the message in a UNG/UNE functional group (the WCO samples do).</summary>
    public bool FunctionalGroup { get; set; } = true;

    /// <summary>UNG S006 application sender (WCO examples put a name here); null uses the interchange sender.</summary>
    public string? ApplicationSender { get; set; }

    /// <summary>UNG S007 application recipient; null uses the interchange recipient.</summary>
    public string? ApplicationRecipient { get; set; }

    /// <summary>Where the preparation date and time (UNB S004, UNG S004) come from.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Ask the receiver for a CONTRL (UNB 0031 = 1).</summary>
    public bool AcknowledgementRequested { get; set; }

    /// <summary>Service characters (ISO 9735 defaults).</summary>
    public Delimiters Delimiters { get; set; } = Delimiters.Default;

    /// <summary>Write UNA first.</summary>
    public bool WriteUna { get; set; } = true;

    /// <summary>A line break after each segment (readable; receivers tolerate it).</summary>
    public bool LineBreaks { get; set; }

    /// <summary>The defaults.</summary>
    public static CusresWriterOptions Default { get; } = new();

    /// <summary>A copy with another syntax identifier.</summary>
    internal CusresWriterOptions With(string syntaxIdentifier)
    {
        var copy = (CusresWriterOptions)MemberwiseClone();
        copy.SyntaxIdentifier = syntaxIdentifier;
        return copy;
    }
}
