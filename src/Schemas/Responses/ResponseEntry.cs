namespace Gateway.Schemas.Responses;

/// <summary>
/// One SG4 group: an ERP with its references, statuses and free texts. Section <c>2</c> (detail) is one passenger's
/// result; section <c>1</c> (heading) applies to the whole message, e.g. <c>ERP+1</c> <c>ERC+118</c> rejecting it.
/// </summary>
/// <param name="Section">ERP C701 1049 as sent: <c>1</c> heading, <c>2</c> detail.</param>
/// <param name="References">RFF in the group: AVF PNR locator, ABO passenger reference, others kept as sent.</param>
/// <param name="Statuses">ERC codes in message order (normally one).</param>
/// <param name="FreeTexts">FTX texts for the agent (AAP).</param>
public sealed record ResponseEntry(string Section, ValueList<ResponseReference> References, ValueList<ResponseStatus> Statuses, ValueList<FreeText> FreeTexts)
{
    /// <summary>ERP 1049 heading section: the status applies to the whole message.</summary>
    public const string HeadingSection = "1";

    /// <summary>ERP 1049 detail section: the status applies to this passenger.</summary>
    public const string DetailSection = "2";

    /// <summary>Whether the entry is about the message or about one passenger.</summary>
    public ResponseLevel Level => Section switch
    {
        HeadingSection => ResponseLevel.Message,
        DetailSection => ResponseLevel.Passenger,
        _ => ResponseLevel.Unknown,
    };

    /// <summary>The first status, or null when the group carries no ERC.</summary>
    public ResponseStatus? Status => Statuses.Count > 0 ? Statuses[0] : null;

    /// <summary>RFF+AVF, the passenger's PNR locator.</summary>
    public string? PnrLocator => Find(ReferenceQualifiers.PnrLocator);

    /// <summary>RFF+ABO, the carrier's unique passenger reference.</summary>
    public string? PassengerReference => Find(ReferenceQualifiers.PassengerReference);

    /// <summary>The value of the first reference with the qualifier, or null.</summary>
    public string? Find(string qualifier)
    {
        foreach (var reference in References)
        {
            if (reference.Qualifier == qualifier) return reference.Value;
        }
        return null;
    }

    /// <summary>A passenger-level result (<c>ERP+2</c>, AVF/ABO, one ERC, optional AAP text).</summary>
    public static ResponseEntry ForPassenger(string? pnrLocator, string? passengerReference, ResponseStatus status, string? text = null)
    {
        var references = new List<ResponseReference>(2);
        if (pnrLocator is not null) references.Add(new ResponseReference(ReferenceQualifiers.PnrLocator, pnrLocator));
        if (passengerReference is not null) references.Add(new ResponseReference(ReferenceQualifiers.PassengerReference, passengerReference));
        return new ResponseEntry(DetailSection, new ValueList<ResponseReference>(references), ValueList.Of(status),
            text is null ? ValueList<FreeText>.Empty : ValueList.Of(FreeText.Response(text)));
    }
}

/// <summary>What an ERP group is about.</summary>
public enum ResponseLevel
{
    /// <summary>ERP 1049 other than 1 or 2.</summary>
    Unknown,
    /// <summary>ERP+1: the whole message.</summary>
    Message,
    /// <summary>ERP+2: one passenger.</summary>
    Passenger,
}
