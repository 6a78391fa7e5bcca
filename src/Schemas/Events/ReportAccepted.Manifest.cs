using System.Numerics;
using Avro;
using M = Gateway.Schemas.Manifests;

namespace kr.go.immigration.gateway.events;

/// <summary>The generated <c>ReportAccepted</c> event built from the gateway's own list record.</summary>
public partial class ReportAccepted
{
    private const int BaggageWeightScale = 3; // ReportAccepted.avsc: bags.weight is decimal(9, 3)

    /// <summary>The event for an accepted passenger or crew list.</summary>
    /// <param name="eventId">Unique per event.</param>
    /// <param name="submissionId">The submission the list came in (a uuid).</param>
    /// <param name="flightKey">Partition key: carrier, journey, scheduled date.</param>
    /// <param name="acceptedAt">When it was accepted.</param>
    /// <param name="manifest">The list.</param>
    /// <param name="findings">Warnings and notes the checks produced.</param>
    /// <param name="reportId">The gateway's report id.</param>
    /// <param name="carrier">The carrier that sent the list, as authenticated.</param>
    public static ReportAccepted For(Guid eventId, Guid submissionId, string flightKey, DateTimeOffset acceptedAt, M.Manifest manifest,
        IList<Finding> findings, string? reportId, string? carrier)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var h = manifest.Header;
        var totals = manifest.Totals;
        return new ReportAccepted
        {
            eventId = eventId,
            submissionId = submissionId,
            flightKey = flightKey,
            acceptedAt = acceptedAt.UtcDateTime,
            header = new ListHeader
            {
                sender = h.Sender, recipient = h.Recipient, interchangeReference = h.InterchangeReference,
                messageReference = h.MessageReference, messageType = h.MessageType, version = h.Version,
                commonAccessReference = h.CommonAccessReference, parts = h.Parts, transactionReference = h.TransactionReference, test = h.Test,
            },
            documentCode = manifest.DocumentCode,
            documentFunction = manifest.DocumentFunction,
            reportingParty = manifest.ReportingParty is { } p
                ? new ReportingParty { name = p.Name, contacts = Map(p.Contacts, c => new Contact { number = c.Number, channel = c.Channel }) }
                : null,
            conveyance = Map(manifest.Conveyance),
            travellers = Map(manifest.Travellers, Map),
            totals = new DeclaredTotals { passengers = totals.Passengers, crew = totals.Crew },
            findings = findings,
            reportId = reportId,
            carrier = carrier,
        };
    }

    private static Conveyance Map(M.Conveyance c) => new()
    {
        mode = c.Mode switch { M.TransportMode.Air => TransportMode.AIR, M.TransportMode.Sea => TransportMode.SEA, _ => TransportMode.UNKNOWN },
        carrier = c.Carrier, journeyId = c.JourneyId, vehicleId = c.VehicleId, vehicleName = c.VehicleName, vehicleNationality = c.VehicleNationality,
        legs = Map(c.Legs, leg => new Leg
        {
            stageCode = leg.StageCode, journeyId = leg.JourneyId, carrier = leg.Carrier,
            points = Map(leg.Points, point => new LegPoint
            {
                qualifier = point.Qualifier, location = point.Location,
                times = Map(point.Times, t => new QualifiedDate { qualifier = t.Qualifier, date = Map(t.Date)! }),
            }),
        }),
    };

    private static Traveller Map(M.Traveller t) => new()
    {
        role = t.Role,
        name = new PersonName { surname = t.Name.Surname, givenNames = Map(t.Name.GivenNames, g => g) },
        sex = t.Sex,
        birthDate = Map(t.BirthDate),
        nationality = t.Nationality,
        address = t.Address is { } a
            ? new Address { street = a.Street, city = a.City, region = a.Region, postalCode = a.PostalCode, country = a.Country }
            : null,
        places = Map(t.Places, p => new QualifiedPlace { qualifier = p.Qualifier, code = p.Code, name = p.Name }),
        references = Map(t.References, r => new Reference { qualifier = r.Qualifier, value = r.Value }),
        crewFunction = t.CrewFunction,
        verified = t.Verified,
        documents = Map(t.Documents, d => new TravelDocument
        {
            type = d.Type, number = d.Number, expiry = Map(d.Expiry), issued = Map(d.Issued), issuingState = d.IssuingState, mrz = d.Mrz,
        }),
        bags = t.Bags is { } b
            ? new Baggage
            {
                count = b.Count,
                weight = b.Weight is { } w ? new AvroDecimal(new BigInteger(decimal.Round(w, BaggageWeightScale) * 1000m), BaggageWeightScale) : null,
                weightUnit = b.WeightUnit,
                tags = Map(b.Tags, tag => new BagTag { first = tag.First, count = tag.Count }),
            }
            : null,
        facialImage = t.FacialImage,
        touristLanding = t.TouristLanding,
    };

    private static MessageDate? Map(Gateway.Schemas.MessageDate? d) => d is null ? null : new MessageDate { text = d.Text, format = d.Format };

    private static List<TOut> Map<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> map)
    {
        var list = new List<TOut>(items.Count);
        foreach (var item in items) list.Add(map(item));
        return list;
    }
}
