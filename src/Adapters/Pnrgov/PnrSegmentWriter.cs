using System.Globalization;
using Gateway.Adapters.Edifact;
using Gateway.Schemas.Pnr;

namespace Gateway.Adapters.Pnrgov;

/// <summary>Records back to PNRGOV segments: the inverse of <see cref="PnrSegmentMapper"/>.</summary>
internal static class PnrSegmentWriter
{
    private static DataElement E(params string?[] components) => DataElement.Of([.. components.Select(c => c ?? "")]);

    private static Segment S(string tag, params DataElement[] elements) => Segment.Of(tag, elements);

    internal static Segment Tvl(ItineraryLeg l) => S("TVL",
        E(l.Departure?.Date?.Text, l.Departure?.Time, l.Arrival?.Date?.Text, l.Arrival?.Time),
        E(l.From), E(l.To), E(l.MarketingCarrier, l.OperatingCarrier), E(l.FlightNumber, l.BookingClass));

    internal static Segment Rci(IEnumerable<RecordLocator> locators) =>
        S("RCI", [.. locators.Select(r => E(r.Carrier, r.Locator, r.Type, r.Created?.Date?.Text, r.Created?.Time))]);

    internal static Segment Ssr(SpecialService s) => S("SSR",
        [E(s.Code, s.Status, s.Quantity, s.Carrier, null, null, s.BoardPoint, s.OffPoint, s.FreeText),
         .. s.Details.Select(d => E(d.Value, d.Characteristic, d.TravellerReference))]);

    internal static Segment Ift(FreeText t) => S("IFT", [E(t.Qualifier, t.Type, t.Indicator, t.Carrier), .. t.Lines.Select(l => E(l))]);

    internal static Segment Org(PnrOrganisation o) => S("ORG", E(o.Company, o.Location), E(o.AgentId, o.AgentOffice), E(o.AgentLocation),
        E(o.SystemCompany, o.SystemLocation), E(o.OriginatorType), E(o.Country, o.Currency, o.Language), E(o.AgentSign));

    internal static Segment Add(PnrAddress a) =>
        S("ADD", DataElement.Empty, E(a.Purpose, a.Street, a.City, a.Region, a.RegionName, a.Country, a.PostalCode, a.Text));

    internal static Segment Dat(IEnumerable<QualifiedPnrDate> dates) =>
        S("DAT", [.. dates.Select(d => E(d.Qualifier, d.Value?.Date?.Text, d.Value?.Time))]);

    internal static Segment Tif(TravellerName n) => S("TIF", E(n.Surname, n.SurnameQualifier),
        E(n.GivenName, n.PassengerType, n.ReferenceNumber, n.InfantIndicator));

    internal static Segment Fti(FrequentFlyer f) => S("FTI", E(f.Carrier, f.Number, null, null, f.Tier));

    internal static Segment Ref(string id) => S("REF", E(null, id));

    internal static Segment Tkt(Ticket t) => S("TKT", E(t.Number, t.Type, t.Booklets));

    internal static Segment Mon(IEnumerable<MonetaryAmount> amounts) => S("MON", [.. amounts.Select(a => E(a.Qualifier, a.Amount, a.Currency))]);

    internal static Segment Txd(IEnumerable<Tax> taxes) => S("TXD", [DataElement.Empty, .. taxes.Select(t => E(t.Amount, null, t.Currency, t.Code))]);

    internal static Segment Fop(Payment p) => S("FOP", E(p.Type, p.OldIndicator, p.Amount, p.Vendor, p.Account, p.Expiry));

    internal static Segment Tra(OperatingFlight o) => S("TRA", E(o.Carrier), E(o.FlightNumber, o.BookingClass));

    internal static Segment OperatingTvl(OperatingFlight o) =>
        S("TVL", DataElement.Empty, DataElement.Empty, DataElement.Empty, DataElement.Empty, E(o.FlightNumber, o.BookingClass));

    internal static Segment Rpi(string? party, string? status) => S("RPI", E(party), E(status));

    internal static Segment Tri(CheckedInTraveller t) => S("TRI", DataElement.Empty, E(t.BoardingNumber, null, null, t.TravellerReference));

    internal static Segment Ssd(string? seat, string? cabin) =>
        S("SSD", E(seat), DataElement.Empty, DataElement.Empty, DataElement.Empty, E(cabin));

    internal static Segment Tbd(CheckedBags b) => S("TBD",
        [DataElement.Empty,
         E(b.Count?.ToString(CultureInfo.InvariantCulture), b.Weight?.ToString(CultureInfo.InvariantCulture), b.Unit),
         DataElement.Empty, E(b.Pool, b.PoolReference),
         .. b.Tags.Select(t => E(t.Carrier, t.FirstTag, t.Count, t.Destination, t.CompanyNumber))]);

    internal static Segment Raw(PnrSegment s) => S(s.Tag, [.. s.Elements.Select(e => E([.. e]))]);
}
