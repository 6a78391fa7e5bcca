namespace Gateway.Domain.Validation;

/// <summary>The Decree 85(3) cases with a measurable deadline.</summary>
public enum PnrRequestKind
{
    /// <summary>85(3)2: PNR sent as an electronic document, within 30 minutes of the officer's request.</summary>
    ElectronicTransfer,
    /// <summary>85(3)3: data on passengers the officer named, by 30 minutes before departure.</summary>
    NamedPassengers,
}
