using Gateway.Adapters.Storage;
using Gateway.Schemas;
using Gateway.Schemas.Pnr;
using Events = kr.go.immigration.gateway.events;

namespace Gateway.Pipeline;

public static partial class StreamEvents
{
    /// <summary>A PNRGOV push, reduced to what screening uses: locators, passengers with their documents, the itinerary, contacts.</summary>
    public static void PnrReceived(WriteBatch batch, Guid submissionId, string flightKey, PnrPush push, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(push);
        var today = DateOnly.FromDateTime(at.UtcDateTime);
        var records = new List<Events.PnrRecord>(push.Pnrs.Count);
        foreach (var pnr in push.Pnrs)
        {
            var locator = pnr.Locators.Count > 0 ? pnr.Locators[0] : null;
            var passengers = new List<Events.PnrPassenger>(pnr.Travellers.Count);
            foreach (var t in pnr.Travellers)
            {
                var document = t.Documents.Count > 0 ? t.Documents[0] : null;
                passengers.Add(new Events.PnrPassenger
                {
                    surname = t.Name.Surname, givenNames = t.Name.GivenName, documentNumber = document?.Number,
                    birthDate = Date(document?.BirthDate, today, CenturyRule.NotAfter),
                });
            }
            var segments = new List<Events.PnrSegment>(pnr.Itinerary.Count);
            foreach (var leg in pnr.Itinerary)
            {
                segments.Add(new Events.PnrSegment
                {
                    carrier = leg.MarketingCarrier ?? "", flightNumber = leg.FlightNumber ?? "", from = leg.From ?? "", to = leg.To ?? "",
                    departureLocal = leg.Departure?.Date is { } d ? d.Text + (leg.Departure.Time is { } time ? " " + time : "") : null,
                });
            }
            var contacts = new List<string>(pnr.Contacts.Count);
            foreach (var c in pnr.Contacts) contacts.Add(c.Kind + ":" + c.Value);
            records.Add(new Events.PnrRecord
            {
                locator = locator?.Locator ?? "", createdOn = Date(locator?.Created?.Date, today, CenturyRule.NotAfter),
                passengers = passengers, segments = segments, contacts = contacts,
            });
        }
        Add(batch, EventTopics.Pnr, flightKey, at, new Events.PnrReceived
        {
            eventId = Guid.NewGuid(), submissionId = submissionId, flightKey = flightKey, receivedAt = at.UtcDateTime, records = records,
        });
    }

    /// <summary>An arrival or departure notice (Decree 86) or a general declaration (Decree 87(3)) as filed.</summary>
    /// <param name="batch">The batch the notice is committed in.</param>
    /// <param name="documentId">The stored document's id.</param>
    /// <param name="flightKey">The flight key.</param>
    /// <param name="kind">ARRIVAL, DEPARTURE or GENERAL_DECLARATION.</param>
    /// <param name="carrier">The carrier as authenticated or named.</param>
    /// <param name="journeyId">Flight number or voyage.</param>
    /// <param name="vehicleId">Registration mark or vessel name.</param>
    /// <param name="port">The port of arrival or departure.</param>
    /// <param name="scheduledLocal">The scheduled local time as sent.</param>
    /// <param name="passengers">Declared passengers, if any.</param>
    /// <param name="crew">Declared crew, if any.</param>
    /// <param name="at">When it was received.</param>
    public static void NoticeReceived(WriteBatch batch, string documentId, string flightKey, Events.NoticeKind kind, string carrier, string journeyId,
        string? vehicleId, string port, string scheduledLocal, int? passengers, int? crew, DateTimeOffset at) =>
        Add(batch, EventTopics.Notices, flightKey, at, new Events.NoticeReceived
        {
            eventId = Guid.NewGuid(), submissionId = NameUuid(documentId), flightKey = flightKey, receivedAt = at.UtcDateTime, kind = kind,
            carrier = carrier, journeyId = journeyId, mode = Events.TransportMode.UNKNOWN, vehicleId = vehicleId, port = port,
            scheduledLocal = scheduledLocal, passengers = passengers, crew = crew,
        });

    private static DateTime? Date(MessageDate? date, DateOnly reference, CenturyRule rule) =>
        date is not null && PnrDateFormats.TryGetDate(date, reference, rule, out var d) ? d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : null;
}
