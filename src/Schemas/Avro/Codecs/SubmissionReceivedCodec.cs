using System.Buffers;
using Gateway.Schemas.Events;

namespace Gateway.Schemas.Avro.Codecs;

/// <summary>
/// Hand-written Avro codec for <see cref="SubmissionReceived"/> in the field order of <c>SubmissionReceived.avsc</c>:
/// encoding allocates nothing; decoding allocates only the record and its strings and byte lists. Data written with
/// another version of the schema goes through <see cref="GenericDatumReader"/> instead (see
/// <see cref="EventCodec{T}.Decode"/>).
/// </summary>
public sealed class SubmissionReceivedCodec : EventCodec<SubmissionReceived>
{
    /// <summary>The shared instance.</summary>
    public static SubmissionReceivedCodec Instance { get; } = new();

    private SubmissionReceivedCodec() : base(EventSchemas.SubmissionReceived) { }

    /// <inheritdoc />
    public override void Write(AvroWriter w, SubmissionReceived e)
    {
        w.WriteUuid(e.EventId);
        w.WriteUuid(e.SubmissionId);
        w.WriteString(e.Carrier);
        w.WriteEnum((int)e.Channel);
        w.WriteString(e.ContentType);
        w.WriteTimestampMillis(e.ReceivedAt);
        if (e.Sha256.Count != 32) throw new AvroException($"SubmissionReceived.sha256: needs 32 bytes, got {e.Sha256.Count}");
        w.WriteFixed(e.Sha256.AsSpan());
        w.WriteBytes(e.Body.AsSpan());
        w.WriteOptionalString(e.RemoteAddress);
        w.WriteOptionalString(e.TraceParent);
    }

    /// <inheritdoc />
    public override SubmissionReceived Read(ref AvroReader r) => new(
        EventId: ReadUuid(ref r),
        SubmissionId: ReadUuid(ref r),
        Carrier: r.ReadString(),
        Channel: (SubmissionChannel)r.ReadEnum(7),
        ContentType: r.ReadString(),
        ReceivedAt: DateTimeOffset.FromUnixTimeMilliseconds(r.ReadLong()),
        Sha256: ValueList<byte>.Own(r.ReadFixed(32).ToArray()),
        Body: ValueList<byte>.Own(r.ReadBytes()),
        RemoteAddress: AvroArrays.ReadOptionalString(ref r),
        TraceParent: AvroArrays.ReadOptionalString(ref r));
}
