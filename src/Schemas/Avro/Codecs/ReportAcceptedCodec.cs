using Gateway.Schemas.Events;
using Gateway.Schemas.Manifests;

namespace Gateway.Schemas.Avro.Codecs;

/// <summary>
/// Hand-written Avro codec for <see cref="ReportAccepted"/> in the field order of <c>ReportAccepted.avsc</c>.
/// Encoding allocates nothing; decoding allocates only the records, strings and lists it returns.
/// </summary>
public sealed partial class ReportAcceptedCodec : EventCodec<ReportAccepted>
{
    private const int BaggageWeightScale = 3;

    /// <summary>The shared instance.</summary>
    public static ReportAcceptedCodec Instance { get; } = new();

    private ReportAcceptedCodec() : base(EventSchemas.ReportAccepted) { }

    /// <inheritdoc />
    public override void Write(AvroWriter w, ReportAccepted e)
    {
        w.WriteUuid(e.EventId);
        w.WriteUuid(e.SubmissionId);
        w.WriteString(e.FlightKey);
        w.WriteTimestampMillis(e.AcceptedAt);
        var m = e.Manifest;
        WriteHeader(w, m.Header);
        w.WriteString(m.DocumentCode);
        w.WriteOptionalString(m.DocumentFunction);
        if (m.ReportingParty is { } party)
        {
            w.WriteUnionIndex(1);
            w.WriteString(party.Name);
            w.WriteBlockStart(party.Contacts.Count);
            foreach (var c in party.Contacts.AsSpan())
            {
                w.WriteString(c.Number);
                w.WriteString(c.Channel);
            }
            w.WriteBlockEnd();
        }
        else
        {
            w.WriteUnionIndex(0);
        }
        WriteConveyance(w, m.Conveyance);
        w.WriteBlockStart(m.Travellers.Count);
        foreach (var t in m.Travellers.AsSpan()) WriteTraveller(w, t);
        w.WriteBlockEnd();
        AvroArrays.WriteOptionalInt(w, m.Totals.Passengers);
        AvroArrays.WriteOptionalInt(w, m.Totals.Crew);
        w.WriteBlockStart(e.Findings.Count);
        foreach (var f in e.Findings.AsSpan())
        {
            w.WriteString(f.Code);
            w.WriteEnum((int)f.Severity);
            w.WriteOptionalString(f.Article);
            w.WriteOptionalString(f.Path);
            w.WriteString(f.Message);
        }
        w.WriteBlockEnd();
        w.WriteOptionalString(e.ReportId);
        w.WriteOptionalString(e.Carrier);
    }

    private static void WriteHeader(AvroWriter w, ListHeader h)
    {
        w.WriteOptionalString(h.Sender);
        w.WriteOptionalString(h.Recipient);
        w.WriteOptionalString(h.InterchangeReference);
        w.WriteOptionalString(h.MessageReference);
        w.WriteString(h.MessageType);
        w.WriteOptionalString(h.Version);
        w.WriteOptionalString(h.CommonAccessReference);
        w.WriteInt(h.Parts);
        w.WriteOptionalString(h.TransactionReference);
        w.WriteBoolean(h.Test);
    }

    private static void WriteConveyance(AvroWriter w, Conveyance c)
    {
        w.WriteEnum((int)c.Mode);
        w.WriteOptionalString(c.Carrier);
        w.WriteOptionalString(c.JourneyId);
        w.WriteOptionalString(c.VehicleId);
        w.WriteOptionalString(c.VehicleName);
        w.WriteOptionalString(c.VehicleNationality);
        w.WriteBlockStart(c.Legs.Count);
        foreach (var leg in c.Legs.AsSpan())
        {
            w.WriteString(leg.StageCode);
            w.WriteOptionalString(leg.JourneyId);
            w.WriteOptionalString(leg.Carrier);
            w.WriteBlockStart(leg.Points.Count);
            foreach (var p in leg.Points.AsSpan())
            {
                w.WriteString(p.Qualifier);
                w.WriteString(p.Location);
                w.WriteBlockStart(p.Times.Count);
                foreach (var t in p.Times.AsSpan())
                {
                    w.WriteString(t.Qualifier);
                    WriteDate(w, t.Date);
                }
                w.WriteBlockEnd();
            }
            w.WriteBlockEnd();
        }
        w.WriteBlockEnd();
    }

    private static void WriteTraveller(AvroWriter w, Traveller t)
    {
        w.WriteString(t.Role);
        w.WriteString(t.Name.Surname);
        w.WriteBlockStart(t.Name.GivenNames.Count);
        foreach (var g in t.Name.GivenNames.AsSpan()) w.WriteString(g);
        w.WriteBlockEnd();
        w.WriteOptionalString(t.Sex);
        WriteOptionalDate(w, t.BirthDate);
        w.WriteOptionalString(t.Nationality);
        if (t.Address is { } a)
        {
            w.WriteUnionIndex(1);
            w.WriteOptionalString(a.Street);
            w.WriteOptionalString(a.City);
            w.WriteOptionalString(a.Region);
            w.WriteOptionalString(a.PostalCode);
            w.WriteOptionalString(a.Country);
        }
        else
        {
            w.WriteUnionIndex(0);
        }
        w.WriteBlockStart(t.Places.Count);
        foreach (var p in t.Places.AsSpan())
        {
            w.WriteString(p.Qualifier);
            w.WriteString(p.Code);
            w.WriteOptionalString(p.Name);
        }
        w.WriteBlockEnd();
        w.WriteBlockStart(t.References.Count);
        foreach (var r in t.References.AsSpan())
        {
            w.WriteString(r.Qualifier);
            w.WriteString(r.Value);
        }
        w.WriteBlockEnd();
        w.WriteOptionalString(t.CrewFunction);
        w.WriteOptionalString(t.Verified);
        w.WriteBlockStart(t.Documents.Count);
        foreach (var d in t.Documents.AsSpan())
        {
            w.WriteString(d.Type);
            w.WriteString(d.Number);
            WriteOptionalDate(w, d.Expiry);
            WriteOptionalDate(w, d.Issued);
            w.WriteOptionalString(d.IssuingState);
            w.WriteOptionalString(d.Mrz);
        }
        w.WriteBlockEnd();
        if (t.Bags is { } bags)
        {
            w.WriteUnionIndex(1);
            AvroArrays.WriteOptionalInt(w, bags.Count);
            if (bags.Weight is { } weight)
            {
                w.WriteUnionIndex(1);
                w.WriteDecimal(weight, BaggageWeightScale);
            }
            else
            {
                w.WriteUnionIndex(0);
            }
            w.WriteOptionalString(bags.WeightUnit);
            w.WriteBlockStart(bags.Tags.Count);
            foreach (var tag in bags.Tags.AsSpan())
            {
                w.WriteString(tag.First);
                w.WriteInt(tag.Count);
            }
            w.WriteBlockEnd();
        }
        else
        {
            w.WriteUnionIndex(0);
        }
        w.WriteOptionalString(t.FacialImage);
        w.WriteBoolean(t.TouristLanding);
    }

    private static void WriteDate(AvroWriter w, MessageDate d)
    {
        w.WriteString(d.Text);
        w.WriteString(d.Format);
    }

    private static void WriteOptionalDate(AvroWriter w, MessageDate? d)
    {
        if (d is null)
        {
            w.WriteUnionIndex(0);
            return;
        }
        w.WriteUnionIndex(1);
        WriteDate(w, d);
    }
}
