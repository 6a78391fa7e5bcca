using Gateway.Schemas.Manifests;
using Gateway.Domain.Validation.Reference;
using Gateway.Domain.Validation.Rules;

namespace Gateway.Domain.Validation;

/// <summary>
/// Decree 87(3): the vessel or aircraft — type, registration mark and name, nationality, departure, ports of call,
/// arrival, numbers of people — and the 87(4) shortfall when the lists hold fewer people than declared.
/// A PAXLST carries no aircraft type or registration: without a general declaration those are one warning
/// (D87-3-GD-MISSING), with one they are errors when it leaves them out.
/// </summary>
internal static class ConveyanceChecks
{
    public static void Check(Manifest m, Itinerary it, Judgement j)
    {
        var c = m.Conveyance;
        var gd = j.Context.Declaration;
        bool sea = c?.Mode == TransportMode.Sea;
        var vehicle = sea ? Words.Vessel : c?.Mode == TransportMode.Air ? Words.Aircraft : Words.VesselOrAircraft;

        if (gd is null) j.Add(ConveyanceRules.DeclarationMissing.At("declaration"));
        else
        {
            if (Blank(gd.VehicleType)) j.Add(ConveyanceRules.TypeMissing.At("declaration.vehicleType", vehicle));
            if (Blank(gd.RegistrationMark) && Blank(c?.VehicleId)) j.Add(ConveyanceRules.RegistrationMissing.At("declaration.registrationMark", vehicle));
        }
        if (gd is null && sea && Blank(c?.VehicleId)) j.Add(ConveyanceRules.RegistrationMissing.At("conveyance.vehicleId", vehicle));
        ImoNumber(c?.VehicleId, sea, j);

        bool named = sea ? !Blank(c?.VehicleName) : !Blank(c?.JourneyId);
        if (!named && Blank(gd?.Name)) j.Add(ConveyanceRules.NameMissing.At(sea ? "conveyance.vehicleName" : "conveyance.journeyId", sea ? Words.VesselName : Words.FlightId));

        string? flag = !Blank(c?.VehicleNationality) ? c!.VehicleNationality : gd?.Nationality;
        if (Blank(flag))
        {
            // An airline list names the carrier, not the State of registry: only the G/D or a sea list must carry it.
            if (sea || gd is not null) j.Add(ConveyanceRules.NationalityMissing.At("conveyance.vehicleNationality", vehicle));
        }
        else
        {
            string code = flag!.Trim();
            if (!j.Ports.IsAlpha2(code) && !j.Ports.IsAlpha3(code))
                j.Add(ConveyanceRules.NationalityUnknown.At("conveyance.vehicleNationality", code, vehicle));
        }

        foreach (var p in it.All)
        {
            if (p.Port.Kind == PortKind.Invalid) j.Add(ConveyanceRules.PortCodeInvalid.At(p.Path + ".location", p.Location));
        }
        Ports(it, j);
    }

    private static void Ports(Itinerary it, Judgement j)
    {
        if (it.Departure is null) j.Add(ConveyanceRules.DepartureMissing.At("conveyance.legs"));
        else if (it.DepartureTime is null)
            j.Add(ConveyanceRules.DepartureTimeInvalid.At(it.Departure.Path + ".times", it.Departure.Location, it.Departure.Departure?.Text));
        if (it.Arrival is null) j.Add(ConveyanceRules.ArrivalMissing.At("conveyance.legs"));
        else if (it.ArrivalTime is null)
            j.Add(ConveyanceRules.ArrivalTimeInvalid.At(it.Arrival.Path + ".times", it.Arrival.Location, it.Arrival.Arrival?.Text));

        foreach (var call in it.Calls)
        {
            var time = call.Arrival ?? call.Departure;
            bool readable = time is not null && time.HasTime && time.TryGetLocalDateTime(j.Today, out _);
            if (!readable) j.Add(ConveyanceRules.CallTimeMissing.At(call.Path + ".times", call.Location, time?.Text));
        }
        var gd = j.Context.Declaration;
        if (gd?.PortsOfCall is { } calls)
        {
            for (int i = 0; i < calls.Count; i++)
            {
                var t = calls[i]?.Time;
                if (t is null || !t.HasTime || !t.TryGetLocalDateTime(j.Today, out _))
                    j.Add(ConveyanceRules.CallTimeMissing.At($"declaration.portsOfCall[{i}]", calls[i]?.Port, t?.Text));
            }
        }

        if (it.DepartureTime is { } d && it.ArrivalTime is { } a && d.Exact && a.Exact && a.Instant <= d.Instant)
        {
            j.Add(ConveyanceRules.ArrivalBeforeDeparture.At(a.Point.Path, a.Point.Location, ItineraryReader.Show(a.Instant),
                d.Point.Location, ItineraryReader.Show(d.Instant)));
        }
    }

    // IMO numbers: 7 digits, the last a check digit over the first six weighted 7…2 (SOLAS XI-1/3).
    private static void ImoNumber(string? id, bool sea, Judgement j)
    {
        if (!sea || Blank(id)) return;
        string s = id!.Trim();
        if (s.StartsWith("IMO", StringComparison.OrdinalIgnoreCase)) s = s[3..].Trim();
        if (s.Length != 7 || !s.All(char.IsAsciiDigit)) return; // a call sign or other mark: nothing to check
        int sum = 0;
        for (int i = 0; i < 6; i++) sum += (s[i] - '0') * (7 - i);
        int expected = sum % 10;
        if (s[6] - '0' != expected) j.Add(ConveyanceRules.ImoCheck.At("conveyance.vehicleId", id, expected));
    }

    private static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);
}
