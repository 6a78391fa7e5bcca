namespace Gateway.Schemas.Pnr;

/// <summary>
/// One PNR of a push (Gr1, from SRC to the next SRC). Lists keep message order. Travel documents found in SSRs outside
/// the traveller's own group (PNR level, itinerary level) are attached to the traveller they reference; those that
/// reference nobody identifiable stay in <see cref="UnassignedDocuments"/> so nothing is lost (GTAS issue #2082).
/// </summary>
/// <param name="Locators">RCI: record locators (carrier, locator, creation date and time).</param>
/// <param name="Services">PNR-level SSRs, as sent.</param>
/// <param name="Dates">PNR-level DAT: 700 last transaction, 710 ticket issue.</param>
/// <param name="Texts">PNR-level IFT (OSI, fare calculation, sponsor…).</param>
/// <param name="Booker">PNR-level ORG: who booked. An empty ORG (all fields null) marks a cancellation in an update push.</param>
/// <param name="Addresses">PNR-level ADD.</param>
/// <param name="ExcessBaggage">PNR-level EBD segments, as sent.</param>
/// <param name="Travellers">Gr2: one per TIF.</param>
/// <param name="Itinerary">Gr5: one per TVL (an operating-flight TVL or TRA belongs to the leg before it).</param>
/// <param name="Splits">Gr8: EQN split/divided PNR information with its RCI.</param>
/// <param name="NonAir">Gr9: non-air services (hotel, car, rail).</param>
/// <param name="History">Gr10: history credits (ABI/DAT) with their actions (SAC…).</param>
/// <param name="HistoryLines">LTS: unstructured history lines.</param>
/// <param name="UnassignedDocuments">DOCS outside a traveller group that no traveller could be found for.</param>
/// <param name="Contacts">Phones and e-mails found in PNR-level IFT and ADD.</param>
/// <param name="Other">Segments that have no place in the PNRGOV structure where they were found, kept as sent.</param>
public sealed record Pnr(
    ValueList<RecordLocator> Locators,
    ValueList<SpecialService> Services,
    ValueList<QualifiedPnrDate> Dates,
    ValueList<FreeText> Texts,
    PnrOrganisation? Booker,
    ValueList<PnrAddress> Addresses,
    ValueList<PnrSegment> ExcessBaggage,
    ValueList<PnrTraveller> Travellers,
    ValueList<ItineraryLeg> Itinerary,
    ValueList<SplitPnr> Splits,
    ValueList<NonAirService> NonAir,
    ValueList<HistoryCredit> History,
    ValueList<PnrSegment> HistoryLines,
    ValueList<PnrDocument> UnassignedDocuments,
    ValueList<PnrContact> Contacts,
    ValueList<PnrSegment> Other)
{
    /// <summary>The first record locator, e.g. <c>W9TEND</c>.</summary>
    public string? RecordLocator => Locators.Count > 0 ? Locators[0].Locator : null;

    /// <summary>A cancellation in an update push: SRC, RCI and an empty ORG, nothing else (IG §8.1).</summary>
    public bool IsCancellation => Booker is { IsEmpty: true } && Travellers.Count == 0 && Itinerary.Count == 0;
}

/// <summary>Gr8: a split or divided PNR (EQN) and the locators of the other part.</summary>
/// <param name="Count">EQN 6350 as sent.</param>
/// <param name="Locators">RCI of the split PNR.</param>
public sealed record SplitPnr(string? Count, ValueList<RecordLocator> Locators);

/// <summary>Gr9: a non-air service (MSG function, e.g. <c>8</c> hotel) and its segments as sent.</summary>
public sealed record NonAirService(string? Function, ValueList<PnrSegment> Segments);

/// <summary>Gr10: a history credit (ABI), its dates and the actions recorded under it.</summary>
public sealed record HistoryCredit(PnrSegment Credit, ValueList<QualifiedPnrDate> Dates, ValueList<HistoryAction> Actions);

/// <summary>Gr11: a history action (SAC 9858: <c>A</c> added, <c>X</c> cancelled) and the segments it concerns.</summary>
public sealed record HistoryAction(string? Action, ValueList<PnrSegment> Segments);
