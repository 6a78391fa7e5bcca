using System.Collections.Frozen;

namespace Gateway.Schemas.Avro;

/// <summary>
/// The gateway's event schemas, parsed once from the <c>.avsc</c> files embedded in this assembly
/// (<c>src/Schemas/Avro/Schemas</c>). Consumers find a writer schema by its fingerprint (single-object encoding).
/// </summary>
public static class EventSchemas
{
    /// <summary>Names of the event schemas (file names without <c>.avsc</c>).</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["SubmissionReceived", "ReportAccepted", "TravellerScreened", "DecisionIssued", "HitReviewed", "PnrReceived", "NoticeReceived"];

    private static readonly FrozenDictionary<string, RecordSchema> ByName =
        Names.ToFrozenDictionary(n => n, n => (RecordSchema)AvroSchema.Parse(Text(n)), StringComparer.Ordinal);

    private static readonly FrozenDictionary<long, RecordSchema> ByFingerprintMap =
        ByName.Values.ToFrozenDictionary(s => s.Fingerprint(), s => s);

    /// <summary>The raw message envelope.</summary>
    public static RecordSchema SubmissionReceived => ByName["SubmissionReceived"];

    /// <summary>An accepted passenger or crew list.</summary>
    public static RecordSchema ReportAccepted => ByName["ReportAccepted"];

    /// <summary>A traveller's screening result.</summary>
    public static RecordSchema TravellerScreened => ByName["TravellerScreened"];

    /// <summary>A boarding or landing decision.</summary>
    public static RecordSchema DecisionIssued => ByName["DecisionIssued"];

    /// <summary>An officer's review of a hit.</summary>
    public static RecordSchema HitReviewed => ByName["HitReviewed"];

    /// <summary>A PNR push.</summary>
    public static RecordSchema PnrReceived => ByName["PnrReceived"];

    /// <summary>An arrival/departure notice.</summary>
    public static RecordSchema NoticeReceived => ByName["NoticeReceived"];

    /// <summary>A schema by name.</summary>
    /// <exception cref="KeyNotFoundException">No such event.</exception>
    public static RecordSchema Get(string name) => ByName[name];

    /// <summary>The current schema with that fingerprint, or null.</summary>
    public static RecordSchema? ByFingerprint(long fingerprint) => ByFingerprintMap.GetValueOrDefault(fingerprint);

    /// <summary>The <c>.avsc</c> text of an event schema as embedded.</summary>
    public static string Text(string name)
    {
        using var stream = typeof(EventSchemas).Assembly.GetManifestResourceStream("Gateway.Schemas.Avro.Schemas." + name + ".avsc")
            ?? throw new KeyNotFoundException($"No embedded schema {name}.avsc");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
