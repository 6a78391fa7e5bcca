using Gateway.Adapters.Edifact;
using Gateway.Schemas.Pnr;
using static Gateway.Adapters.Pnrgov.PnrSegmentMapper;

namespace Gateway.Adapters.Pnrgov;

/// <summary>
/// Places the segments of one PNR (SRC up to the next SRC) into its groups. Like any EDIFACT group parser, a segment
/// belongs to the innermost open group that may hold it; groups that cannot are closed. A segment no open group can
/// hold is kept in <see cref="Pnr.Other"/> with a note, never dropped.
/// </summary>
internal sealed class PnrGroupReader(PnrNotes notes)
{
    private enum Kind { Pnr, Traveller, Ticket, Payment, Leg, CheckIn, CheckedIn, Split, NonAir, History, Action }

    private readonly List<(Kind Kind, object Builder)> _stack = [];
    private PnrBuilder _pnr = null!;

    internal PnrBuilder Begin(Segment src)
    {
        _pnr = new PnrBuilder { Start = src };
        _stack.Clear();
        _stack.Add((Kind.Pnr, _pnr));
        return _pnr;
    }

    internal void Add(Segment s)
    {
        for (int i = _stack.Count - 1; i >= 0; i--)
        {
            if (!Accepts(_stack[i].Kind, _stack[i].Builder, s)) continue;
            _stack.RemoveRange(i + 1, _stack.Count - i - 1);
            Place(_stack[i].Kind, _stack[i].Builder, s);
            return;
        }
        notes.Add("PNR-OUT-OF-PLACE", $"segment {s.Tag} has no place in the PNRGOV structure here; kept as sent in the PNR's other segments", s);
        _pnr.Other.Add(Raw(s));
    }

    private static readonly HashSet<string> NotInNonAir = ["SRC", "MSG", "ABI", "LTS", "EQN", "TIF"];
    private static readonly HashSet<string> NotInAction = ["SRC", "ABI", "SAC", "LTS", "MSG", "EQN"];

    private static bool Accepts(Kind kind, object builder, Segment s) => kind switch
    {
        Kind.Pnr => s.Tag is "RCI" or "SSR" or "DAT" or "IFT" or "ORG" or "ADD" or "EBD" or "LTS" or "TIF" or "TVL" or "EQN" or "MSG" or "ABI",
        Kind.Traveller => s.Tag is "FTI" or "IFT" or "REF" or "EBD" or "FAR" or "SSR" or "ADD" or "TKT",
        Kind.Ticket => s.Tag is "MON" or "PTK" or "TXD" or "DAT" or "FOP",
        Kind.Payment => s.Tag is "IFT" or "ADD",
        Kind.Leg => s.Tag is "TRA" or "RPI" or "APD" or "SSR" or "RCI" or "IFT" or "DAT" || IsOperatingFlight(s),
        Kind.CheckIn => s.Tag == "TRI" || (s.Tag == "ORG" && ((CheckInBuilder)builder).Agent is null),
        Kind.CheckedIn => s.Tag is "SSD" or "TBD" || (s.Tag == "TIF" && ((CheckedInBuilder)builder).Name is null),
        Kind.Split => s.Tag == "RCI",
        Kind.NonAir => !NotInNonAir.Contains(s.Tag),
        Kind.History => s.Tag is "DAT" or "SAC",
        Kind.Action => !NotInAction.Contains(s.Tag),
        _ => false,
    };

    private void Place(Kind kind, object builder, Segment s)
    {
        switch (kind)
        {
            case Kind.Pnr: PlaceInPnr(s); break;
            case Kind.Traveller: PlaceInTraveller((TravellerBuilder)builder, s); break;
            case Kind.Ticket: PlaceInTicket((TicketBuilder)builder, s); break;
            case Kind.Payment:
                var payment = (PaymentBuilder)builder;
                if (s.Tag == "IFT") payment.Texts.Add(Text(s)); else payment.Addresses.Add(Address(s));
                break;
            case Kind.Leg: PlaceInLeg((LegBuilder)builder, s); break;
            case Kind.CheckIn:
                var checkIn = (CheckInBuilder)builder;
                if (s.Tag == "ORG") checkIn.Agent = Organisation(s);
                else Push(Kind.CheckedIn, checkIn.Travellers, new CheckedInBuilder(s.Value(2), s.Value(2, 3)));
                break;
            case Kind.CheckedIn: PlaceCheckedIn((CheckedInBuilder)builder, s); break;
            case Kind.Split: ((SplitBuilder)builder).Locators.AddRange(Locators(s, notes)); break;
            case Kind.NonAir: ((NonAirBuilder)builder).Segments.Add(Raw(s)); break;
            case Kind.History:
                var history = (HistoryBuilder)builder;
                if (s.Tag == "DAT") history.Dates.AddRange(Dates(s));
                else Push(Kind.Action, history.Actions, new ActionBuilder(s.Value(3)));
                break;
            case Kind.Action: ((ActionBuilder)builder).Segments.Add(Raw(s)); break;
        }
    }

    private void Push<T>(Kind kind, List<T> into, T builder) where T : class
    {
        into.Add(builder);
        _stack.Add((kind, builder));
    }

    private void PlaceInPnr(Segment s)
    {
        switch (s.Tag)
        {
            case "RCI": _pnr.Locators.AddRange(Locators(s, notes)); break;
            case "SSR": _pnr.Services.Add((Service(s), s)); break;
            case "DAT": _pnr.Dates.AddRange(Dates(s)); break;
            case "IFT": _pnr.Texts.Add(Text(s)); break;
            case "ORG":
                if (_pnr.Booker is null) _pnr.Booker = Organisation(s);
                else
                {
                    notes.Add("PNR-ORG-REPEATED", "a second PNR-level ORG; kept as sent in the PNR's other segments", s);
                    _pnr.Other.Add(Raw(s));
                }
                break;
            case "ADD": _pnr.Addresses.Add(Address(s)); break;
            case "EBD": _pnr.ExcessBaggage.Add(Raw(s)); break;
            case "LTS": _pnr.HistoryLines.Add(Raw(s)); break;
            case "TIF": Push(Kind.Traveller, _pnr.Travellers, new TravellerBuilder(Name(s, notes))); break;
            case "TVL": Push(Kind.Leg, _pnr.Itinerary, new LegBuilder(Leg(s, notes))); break;
            case "EQN": Push(Kind.Split, _pnr.Splits, new SplitBuilder(s.Value(1))); break;
            case "MSG": Push(Kind.NonAir, _pnr.NonAir, new NonAirBuilder(s.Value(1) ?? s.Value(1, 1))); break;
            case "ABI": Push(Kind.History, _pnr.History, new HistoryBuilder(Raw(s))); break;
        }
    }

    private void PlaceInTraveller(TravellerBuilder t, Segment s)
    {
        switch (s.Tag)
        {
            case "FTI": t.FrequentFlyers.Add(FrequentFlyer(s)); break;
            case "IFT": t.Texts.Add(Text(s)); break;
            case "REF":
                if (t.UniqueId is not null) notes.Add("PNR-REF-REPEATED", "a second REF for the traveller; the first is kept", s);
                else t.UniqueId = s.Value(1, 1) ?? s.Value(1);
                break;
            case "EBD": t.ExcessBaggage.Add(Raw(s)); break;
            case "FAR": t.Fares.Add(Raw(s)); break;
            case "SSR": t.Services.Add(Service(s)); break;
            case "ADD": t.Addresses.Add(Address(s)); break;
            case "TKT": Push(Kind.Ticket, t.Tickets, new TicketBuilder(s.Value(1), s.Value(1, 1), s.Value(1, 2))); break;
        }
    }

    private void PlaceInTicket(TicketBuilder t, Segment s)
    {
        switch (s.Tag)
        {
            case "MON": t.Amounts.AddRange(Amounts(s)); break;
            case "PTK": t.Pricing.Add(Raw(s)); break;
            case "TXD": t.Taxes.AddRange(Taxes(s)); break;
            case "DAT": t.Dates.AddRange(Dates(s)); break;
            case "FOP":
                var payments = Payments(s).Select(p => new PaymentBuilder(p)).ToList();
                if (payments.Count == 0) payments.Add(new PaymentBuilder(new Payment(null, null, null, null, null, null, ValueList<FreeText>.Empty, ValueList<PnrAddress>.Empty)));
                t.Payments.AddRange(payments[..^1]);
                Push(Kind.Payment, t.Payments, payments[^1]);
                break;
        }
    }

    private void PlaceInLeg(LegBuilder leg, Segment s)
    {
        switch (s.Tag)
        {
            case "TRA":
                SetOperating(leg, new OperatingFlight(s.Value(1), s.Value(2), s.Value(2, 1), "TRA"), s);
                break;
            case "TVL":
                SetOperating(leg, new OperatingFlight(null, s.Value(5), s.Value(5, 1), "TVL"), s);
                break;
            case "RPI": leg.Leg = leg.Leg with { PartySize = s.Value(1), Status = s.Value(2) }; break;
            case "APD": leg.Leg = leg.Leg with { Equipment = s.Value(1) }; break;
            case "SSR": leg.Services.Add((Service(s), s)); break;
            case "RCI": leg.Locators.AddRange(Locators(s, notes)); break;
            case "IFT": leg.Texts.Add(Text(s)); break;
            case "DAT": Push(Kind.CheckIn, leg.CheckIns, new CheckInBuilder([.. Dates(s)])); break;
        }
    }

    private void SetOperating(LegBuilder leg, OperatingFlight operating, Segment s)
    {
        if (leg.Leg.Operating is not null) notes.Add("PNR-OPERATING-REPEATED", "a second operating flight for the leg; the last one is kept", s);
        leg.Leg = leg.Leg with { Operating = operating };
    }

    private void PlaceCheckedIn(CheckedInBuilder t, Segment s)
    {
        switch (s.Tag)
        {
            case "TIF": t.Name = Name(s, notes); break;
            case "SSD":
                if (t.HasSeat) notes.Add("PNR-SSD-REPEATED", "a second SSD for the checked-in traveller; the last one is kept", s);
                t.HasSeat = true;
                t.Seat = s.Value(1);
                t.Cabin = s.Value(5);
                break;
            case "TBD": t.Bags.Add(Bags(s, notes)); break;
        }
    }
}
