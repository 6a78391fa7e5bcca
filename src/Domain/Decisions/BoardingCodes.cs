namespace Gateway.Domain.Decisions;

/// <summary>The interactive API status codes returned to carriers (CUSRES ERC 9321).</summary>
public static class BoardingCodes
{
    /// <summary>OK to board.</summary>
    public const string Board = "0Z";
    /// <summary>Do not board.</summary>
    public const string DoNotBoard = "1Z";
    /// <summary>Advisory: an officer reviews; not boardable until decided.</summary>
    public const string Advisory = "2Z";
    /// <summary>Insufficient data: resend with the Decree 87(2) data complete.</summary>
    public const string InsufficientData = "4Z";

    /// <summary>The free text sent with each code (CUSRES FTX+AAP).</summary>
    public static string Text(string code) => code switch
    {
        Board => "OK TO BOARD",
        DoNotBoard => "DO NOT BOARD - CONTACT KOREA IMMIGRATION SERVICE",
        Advisory => "CONTACT KOREA IMMIGRATION SERVICE BEFORE BOARDING",
        InsufficientData => "INSUFFICIENT DATA - RESEND WITH COMPLETE PASSENGER DATA",
        _ => code,
    };
}
