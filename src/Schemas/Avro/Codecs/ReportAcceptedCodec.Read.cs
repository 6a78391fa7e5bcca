using Gateway.Schemas.Events;
using Gateway.Schemas.Manifests;

namespace Gateway.Schemas.Avro.Codecs;

public sealed partial class ReportAcceptedCodec
{
    /// <inheritdoc />
    public override ReportAccepted Read(ref AvroReader r)
    {
        var eventId = ReadUuid(ref r);
        var submissionId = ReadUuid(ref r);
        string flightKey = r.ReadString();
        var acceptedAt = DateTimeOffset.FromUnixTimeMilliseconds(r.ReadLong());
        var header = ReadHeader(ref r);
        string documentCode = r.ReadString();
        string? documentFunction = AvroArrays.ReadOptionalString(ref r);
        ReportingParty? party = null;
        if (r.ReadUnionIndex(2) == 1)
        {
            string name = r.ReadString();
            party = new ReportingParty(name, AvroArrays.Read(ref r, static (ref AvroReader x) => new Contact(x.ReadString(), x.ReadString())));
        }
        var conveyance = ReadConveyance(ref r);
        var travellers = AvroArrays.Read(ref r, ReadTraveller);
        var totals = new DeclaredTotals(AvroArrays.ReadOptionalInt(ref r), AvroArrays.ReadOptionalInt(ref r));
        var findings = AvroArrays.Read(ref r, static (ref AvroReader x) => new EventFinding(
            x.ReadString(), (FindingSeverity)x.ReadEnum(3), AvroArrays.ReadOptionalString(ref x), AvroArrays.ReadOptionalString(ref x), x.ReadString()));
        var manifest = new Manifest(header, documentCode, documentFunction, party, conveyance, travellers, totals);
        string? reportId = AvroArrays.ReadOptionalString(ref r);
        string? carrier = AvroArrays.ReadOptionalString(ref r);
        return new ReportAccepted(eventId, submissionId, flightKey, acceptedAt, manifest, findings, reportId, carrier);
    }

    private static ListHeader ReadHeader(ref AvroReader r) => new(
        Sender: AvroArrays.ReadOptionalString(ref r),
        Recipient: AvroArrays.ReadOptionalString(ref r),
        InterchangeReference: AvroArrays.ReadOptionalString(ref r),
        MessageReference: AvroArrays.ReadOptionalString(ref r),
        MessageType: r.ReadString(),
        Version: AvroArrays.ReadOptionalString(ref r),
        CommonAccessReference: AvroArrays.ReadOptionalString(ref r),
        Parts: r.ReadInt(),
        TransactionReference: AvroArrays.ReadOptionalString(ref r),
        Test: r.ReadBoolean());

    private static Conveyance ReadConveyance(ref AvroReader r) => new(
        Mode: (TransportMode)r.ReadEnum(3),
        Carrier: AvroArrays.ReadOptionalString(ref r),
        JourneyId: AvroArrays.ReadOptionalString(ref r),
        VehicleId: AvroArrays.ReadOptionalString(ref r),
        VehicleName: AvroArrays.ReadOptionalString(ref r),
        VehicleNationality: AvroArrays.ReadOptionalString(ref r),
        Legs: AvroArrays.Read(ref r, static (ref AvroReader x) => new Leg(
            x.ReadString(), AvroArrays.ReadOptionalString(ref x), AvroArrays.ReadOptionalString(ref x),
            AvroArrays.Read(ref x, static (ref AvroReader y) => new LegPoint(
                y.ReadString(), y.ReadString(),
                AvroArrays.Read(ref y, static (ref AvroReader z) => new QualifiedDate(z.ReadString(), ReadDate(ref z))))))));

    private static Traveller ReadTraveller(ref AvroReader r)
    {
        string role = r.ReadString();
        var name = new PersonName(r.ReadString(), AvroArrays.Read(ref r, static (ref AvroReader x) => x.ReadString()));
        string? sex = AvroArrays.ReadOptionalString(ref r);
        var birthDate = ReadOptionalDate(ref r);
        string? nationality = AvroArrays.ReadOptionalString(ref r);
        Address? address = r.ReadUnionIndex(2) == 0 ? null : new Address(
            AvroArrays.ReadOptionalString(ref r), AvroArrays.ReadOptionalString(ref r), AvroArrays.ReadOptionalString(ref r),
            AvroArrays.ReadOptionalString(ref r), AvroArrays.ReadOptionalString(ref r));
        var places = AvroArrays.Read(ref r, static (ref AvroReader x) => new QualifiedPlace(x.ReadString(), x.ReadString(), AvroArrays.ReadOptionalString(ref x)));
        var references = AvroArrays.Read(ref r, static (ref AvroReader x) => new Reference(x.ReadString(), x.ReadString()));
        string? crewFunction = AvroArrays.ReadOptionalString(ref r);
        string? verified = AvroArrays.ReadOptionalString(ref r);
        var documents = AvroArrays.Read(ref r, static (ref AvroReader x) => new TravelDocument(
            x.ReadString(), x.ReadString(), ReadOptionalDate(ref x), ReadOptionalDate(ref x),
            AvroArrays.ReadOptionalString(ref x), AvroArrays.ReadOptionalString(ref x)));
        Baggage? bags = null;
        if (r.ReadUnionIndex(2) == 1)
        {
            int? count = AvroArrays.ReadOptionalInt(ref r);
            decimal? weight = r.ReadUnionIndex(2) == 1 ? r.ReadDecimal(BaggageWeightScale) : null;
            string? unit = AvroArrays.ReadOptionalString(ref r);
            bags = new Baggage(count, weight, unit, AvroArrays.Read(ref r, static (ref AvroReader x) => new BagTag(x.ReadString(), x.ReadInt())));
        }
        string? facialImage = AvroArrays.ReadOptionalString(ref r);
        bool touristLanding = r.ReadBoolean();
        return new Traveller(role, name, sex, birthDate, nationality, address, places, references, crewFunction, verified,
            documents, bags, facialImage, touristLanding);
    }

    private static MessageDate ReadDate(ref AvroReader r) => new(r.ReadString(), r.ReadString());

    private static MessageDate? ReadOptionalDate(ref AvroReader r) => r.ReadUnionIndex(2) == 0 ? null : ReadDate(ref r);
}
