using Gateway.Schemas.Pnr;

namespace Gateway.Adapters.Pnrgov;

// Mutable collectors for one PNR while its segments are read; Build() freezes them into records.

internal sealed class PnrBuilder
{
    internal List<RecordLocator> Locators { get; } = [];
    internal List<(SpecialService Ssr, Edifact.Segment At)> Services { get; } = [];
    internal List<QualifiedPnrDate> Dates { get; } = [];
    internal List<FreeText> Texts { get; } = [];
    internal PnrOrganisation? Booker { get; set; }
    internal List<PnrAddress> Addresses { get; } = [];
    internal List<PnrSegment> ExcessBaggage { get; } = [];
    internal List<TravellerBuilder> Travellers { get; } = [];
    internal List<LegBuilder> Itinerary { get; } = [];
    internal List<SplitBuilder> Splits { get; } = [];
    internal List<NonAirBuilder> NonAir { get; } = [];
    internal List<HistoryBuilder> History { get; } = [];
    internal List<PnrSegment> HistoryLines { get; } = [];
    internal List<PnrSegment> Other { get; } = [];
    internal Edifact.Segment Start { get; init; } = null!;
}

internal sealed class TravellerBuilder(TravellerName name)
{
    internal TravellerName Name { get; } = name;
    internal string? UniqueId { get; set; }
    internal List<FrequentFlyer> FrequentFlyers { get; } = [];
    internal List<FreeText> Texts { get; } = [];
    internal List<PnrSegment> Fares { get; } = [];
    internal List<SpecialService> Services { get; } = [];
    internal List<PnrAddress> Addresses { get; } = [];
    internal List<TicketBuilder> Tickets { get; } = [];
    internal List<PnrSegment> ExcessBaggage { get; } = [];
}

internal sealed class TicketBuilder(string? number, string? type, string? booklets)
{
    internal List<MonetaryAmount> Amounts { get; } = [];
    internal List<PnrSegment> Pricing { get; } = [];
    internal List<Tax> Taxes { get; } = [];
    internal List<QualifiedPnrDate> Dates { get; } = [];
    internal List<PaymentBuilder> Payments { get; } = [];

    internal Ticket Build() => new(number, type, booklets, Own(Amounts), Own(Pricing), Own(Taxes), Own(Dates),
        Own(Payments.Select(p => p.Build())));

    private static ValueList<T> Own<T>(IEnumerable<T> items) => ValueList<T>.Own([.. items]);
}

internal sealed class PaymentBuilder(Payment payment)
{
    internal List<FreeText> Texts { get; } = [];
    internal List<PnrAddress> Addresses { get; } = [];

    internal Payment Build() => payment with { Texts = ValueList<FreeText>.Own([.. Texts]), Addresses = ValueList<PnrAddress>.Own([.. Addresses]) };
}

internal sealed class LegBuilder(ItineraryLeg leg)
{
    internal ItineraryLeg Leg { get; set; } = leg;
    internal List<(SpecialService Ssr, Edifact.Segment At)> Services { get; } = [];
    internal List<RecordLocator> Locators { get; } = [];
    internal List<FreeText> Texts { get; } = [];
    internal List<CheckInBuilder> CheckIns { get; } = [];

    internal ItineraryLeg Build() => Leg with
    {
        Services = ValueList<SpecialService>.Own([.. Services.Select(s => s.Ssr)]),
        Locators = ValueList<RecordLocator>.Own([.. Locators]),
        Texts = ValueList<FreeText>.Own([.. Texts]),
        CheckIns = ValueList<CheckIn>.Own([.. CheckIns.Select(c => c.Build())]),
    };
}

internal sealed class CheckInBuilder(IEnumerable<QualifiedPnrDate> dates)
{
    internal PnrOrganisation? Agent { get; set; }
    internal List<CheckedInBuilder> Travellers { get; } = [];

    internal CheckIn Build() => new(ValueList<QualifiedPnrDate>.Own([.. dates]), Agent,
        ValueList<CheckedInTraveller>.Own([.. Travellers.Select(t => t.Build())]));
}

internal sealed class CheckedInBuilder(string? boardingNumber, string? travellerReference)
{
    internal TravellerName? Name { get; set; }
    internal string? Seat { get; set; }
    internal string? Cabin { get; set; }
    internal bool HasSeat { get; set; }
    internal List<CheckedBags> Bags { get; } = [];

    internal CheckedInTraveller Build() => new(boardingNumber, travellerReference, Name, Seat, Cabin, ValueList<CheckedBags>.Own([.. Bags]));
}

internal sealed class SplitBuilder(string? count)
{
    internal List<RecordLocator> Locators { get; } = [];

    internal SplitPnr Build() => new(count, ValueList<RecordLocator>.Own([.. Locators]));
}

internal sealed class NonAirBuilder(string? function)
{
    internal List<PnrSegment> Segments { get; } = [];

    internal NonAirService Build() => new(function, ValueList<PnrSegment>.Own([.. Segments]));
}

internal sealed class HistoryBuilder(PnrSegment credit)
{
    internal List<QualifiedPnrDate> Dates { get; } = [];
    internal List<ActionBuilder> Actions { get; } = [];

    internal HistoryCredit Build() => new(credit, ValueList<QualifiedPnrDate>.Own([.. Dates]),
        ValueList<HistoryAction>.Own([.. Actions.Select(a => a.Build())]));
}

internal sealed class ActionBuilder(string? action)
{
    internal List<PnrSegment> Segments { get; } = [];

    internal HistoryAction Build() => new(action, ValueList<PnrSegment>.Own([.. Segments]));
}
