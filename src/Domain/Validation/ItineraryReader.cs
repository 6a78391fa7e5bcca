using Gateway.Schemas;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Reports;
using Gateway.Domain.Validation.Reference;
using Gateway.Domain.Validation.Rules;

namespace Gateway.Domain.Validation;

/// <summary>
/// Finds, in the legs of a list (or the general declaration), the port the conveyance leaves from, the Korean port
/// it arrives at (or leaves from), and turns their local times into instants with the ports' zones.
/// </summary>
internal static class ItineraryReader
{
    // Zone offsets in use on Earth run from UTC-12 to UTC+14: an unknown zone puts the instant in that window.
    private static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);
    private static readonly TimeSpan MinOffset = TimeSpan.FromHours(-12);

    public static Itinerary Read(Manifest manifest, Judgement j)
    {
        var all = new List<PortPoint>();
        var legs = manifest.Conveyance?.Legs;
        if (legs is not null)
        {
            for (int l = 0; l < legs.Count; l++)
            {
                var points = legs[l]?.Points;
                if (points is null) continue;
                for (int p = 0; p < points.Count; p++)
                {
                    var point = points[p];
                    if (point is null) continue;
                    var times = point.Times ?? ValueList<QualifiedDate>.Empty;
                    all.Add(new PortPoint($"conveyance.legs[{l}].points[{p}]", point.Qualifier ?? "", point.Location ?? "",
                        j.Ports.Resolve(point.Location), Find(times, DateQualifiers.Departure), Find(times, DateQualifiers.Arrival)));
                }
            }
        }
        return Choose(all, j);
    }

    private static Itinerary Choose(List<PortPoint> all, Judgement j)
    {
        static bool Is(PortPoint p, string q) => p.Qualifier == q;
        var direction = j.Context.Direction
            ?? (all.Any(p => p.Port.IsKorea && Is(p, LocationQualifiers.FirstArrival)) ? TravelDirection.Arrival
              : all.Any(p => p.Port.IsKorea && Is(p, LocationQualifiers.LastDeparture)) ? TravelDirection.Departure
              : all.Any(p => p.Port.IsKorea && p.Arrival is not null) ? TravelDirection.Arrival
              : all.Any(p => p.Port.IsKorea && p.Departure is not null) ? TravelDirection.Departure
              : (TravelDirection?)null);

        PortPoint? departure, arrival;
        if (direction == TravelDirection.Arrival)
        {
            arrival = all.FirstOrDefault(p => p.Port.IsKorea && Is(p, LocationQualifiers.FirstArrival))
                      ?? all.FirstOrDefault(p => p.Port.IsKorea && p.Arrival is not null)
                      ?? all.FirstOrDefault(p => Is(p, LocationQualifiers.FirstArrival));
            int at = arrival is null ? all.Count : all.IndexOf(arrival);
            departure = all.Take(at).LastOrDefault(p => !p.Port.IsKorea && (Is(p, LocationQualifiers.LastDeparture) || p.Departure is not null))
                        ?? all.FirstOrDefault(p => Is(p, LocationQualifiers.LastDeparture));
        }
        else if (direction == TravelDirection.Departure)
        {
            departure = all.FirstOrDefault(p => p.Port.IsKorea && Is(p, LocationQualifiers.LastDeparture))
                        ?? all.FirstOrDefault(p => p.Port.IsKorea && p.Departure is not null)
                        ?? all.FirstOrDefault(p => Is(p, LocationQualifiers.LastDeparture));
            int at = departure is null ? -1 : all.IndexOf(departure);
            arrival = all.Skip(at + 1).FirstOrDefault(p => Is(p, LocationQualifiers.FirstArrival) || p.Arrival is not null)
                      ?? all.FirstOrDefault(p => Is(p, LocationQualifiers.FirstArrival));
        }
        else
        {
            departure = all.FirstOrDefault(p => Is(p, LocationQualifiers.LastDeparture)) ?? all.FirstOrDefault(p => p.Departure is not null);
            arrival = all.FirstOrDefault(p => Is(p, LocationQualifiers.FirstArrival)) ?? all.FirstOrDefault(p => p.Arrival is not null && p != departure);
        }
        FromDeclaration(j, ref departure, ref arrival);
        var calls = all.Where(p => Is(p, LocationQualifiers.Routing) && p != departure && p != arrival).ToList();
        return new Itinerary(direction, departure, arrival, calls, all)
        {
            DepartureTime = departure?.Departure is { } d ? Instant(departure, d, j) : null,
            ArrivalTime = arrival?.Arrival is { } a ? Instant(arrival, a, j) : null,
        };
    }

    // A general declaration fills in what the list lacks (a ship's crew list may name no ports at all).
    private static void FromDeclaration(Judgement j, ref PortPoint? departure, ref PortPoint? arrival)
    {
        var gd = j.Context.Declaration;
        if (gd is null) return;
        if ((departure is null || departure.Departure is null) && !string.IsNullOrWhiteSpace(gd.DeparturePort))
            departure = new PortPoint("declaration.departure", LocationQualifiers.LastDeparture, gd.DeparturePort, j.Ports.Resolve(gd.DeparturePort), gd.DepartureTime, null);
        if ((arrival is null || arrival.Arrival is null) && !string.IsNullOrWhiteSpace(gd.ArrivalPort))
            arrival = new PortPoint("declaration.arrival", LocationQualifiers.FirstArrival, gd.ArrivalPort, j.Ports.Resolve(gd.ArrivalPort), null, gd.ArrivalTime);
    }

    /// <summary>The instant (or range) of a local port time; null when the text is not a date and time.</summary>
    public static PortTime? Instant(PortPoint point, MessageDate date, Judgement j)
    {
        if (!date.HasTime || !date.TryGetLocalDateTime(j.Today, out var local)) return null;
        var zone = point.Port.Zone;
        j.Assume(point.Port, point.Location, point.Path + ".location");
        if (zone is null)
        {
            var guess = new DateTimeOffset(local, TimeSpan.Zero);
            return new PortTime(point, local, guess, Utc(local, MaxOffset), Utc(local, MinOffset));
        }
        if (zone.IsInvalidTime(local))
        {
            // Clocks went forward past this local time: read it with the offset in force before the change.
            var before = zone.GetUtcOffset(local.AddDays(-1));
            var instant = Utc(local, before);
            j.Add(TimingRules.LocalTimeShifted.At(point.Path, Show(local), point.Location, new Words("does not exist", "존재하지 않는 시각이어서"), zone.Id, Show(instant.UtcDateTime)));
            return new PortTime(point, local, instant, instant, instant);
        }
        if (zone.IsAmbiguousTime(local))
        {
            // Clocks went back: the local time happened twice. Judge on both; show the first.
            var offsets = zone.GetAmbiguousTimeOffsets(local);
            var max = offsets.Max();
            var min = offsets.Min();
            var first = Utc(local, max);
            j.Add(TimingRules.LocalTimeShifted.At(point.Path, Show(local), point.Location, new Words("occurs twice", "두 번 있는 시각이어서"), zone.Id,
                Show(first.UtcDateTime) + " / " + Show(Utc(local, min).UtcDateTime)));
            return new PortTime(point, local, first, first, Utc(local, min));
        }
        var exact = Utc(local, zone.GetUtcOffset(local));
        return new PortTime(point, local, exact, exact, exact);
    }

    private static DateTimeOffset Utc(DateTime local, TimeSpan offset)
    {
        var ticks = local.Ticks - offset.Ticks;
        ticks = Math.Clamp(ticks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks);
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    public static string Show(DateTime t) => t.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string Show(DateTimeOffset t) => Show(t.UtcDateTime);

    private static MessageDate? Find(ValueList<QualifiedDate> times, string qualifier)
    {
        foreach (var t in times) if (t is not null && t.Qualifier == qualifier) return t.Date;
        return null;
    }
}
