namespace Gateway.Adapters.Contrl;

/// <summary>How CONTRL reports are made and written.</summary>
public sealed class ContrlOptions
{
    /// <summary>Our identification as CONTRL sender; null uses the recipient of the interchange answered.</summary>
    public PartyId? Sender { get; set; }

    /// <summary>UNB 0020 of the CONTRL; null derives it from the reference answered (<c>C</c> + up to 13 of its characters).</summary>
    public string? InterchangeReference { get; set; }

    /// <summary>Where the preparation date and time come from.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>
    /// A deviation the reader could read past (a wrong UNT count, a reference mismatch) rejects its level (0083 = 4, with
    /// the 0085 code saying why; due even unasked) when true. When false (the default) the data is processed, so the level
    /// is acknowledged (7) and, as ISO 9735 pairs a syntax error code with a rejection only, carries no code.
    /// </summary>
    public bool RejectDeviations { get; set; }

    /// <summary>Send a report even when the sender asked for none (partner agreement): positive acknowledgements included.</summary>
    public bool Always { get; set; }

    /// <summary>In a positive acknowledgement, list each message with UCM 7 (true) or answer with UCI alone.</summary>
    public bool ListMessages { get; set; } = true;

    /// <summary>A line break after each segment when writing.</summary>
    public bool LineBreaks { get; set; }

    /// <summary>The defaults.</summary>
    public static ContrlOptions Default { get; } = new();
}
