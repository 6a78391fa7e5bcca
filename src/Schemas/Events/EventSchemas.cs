using System.Collections.Frozen;
using Avro;

namespace Gateway.Schemas.Events;

/// <summary>
/// The gateway's event schemas, parsed once with Apache.Avro from the <c>.avsc</c> files embedded in this assembly
/// (<c>src/Schemas/Avro/Schemas</c>, the source of truth; the classes in <c>Generated/</c> are generated from them).
/// A consumer of the registry-less encoding finds a writer schema by its CRC-64-AVRO fingerprint.
/// </summary>
public static class EventSchemas
{
    /// <summary>Names of the event schemas (file names without <c>.avsc</c>).</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["SubmissionReceived", "ReportAccepted", "TravellerScreened", "DecisionIssued", "HitReviewed", "PnrReceived", "NoticeReceived"];

    private static readonly FrozenDictionary<string, RecordSchema> ByName =
        Names.ToFrozenDictionary(n => n, n => (RecordSchema)Schema.Parse(Text(n)), StringComparer.Ordinal);

    private static readonly FrozenDictionary<long, RecordSchema> ByFingerprintMap =
        ByName.Values.ToFrozenDictionary(Fingerprint, s => s);

    /// <summary>A schema by name.</summary>
    /// <exception cref="KeyNotFoundException">No such event.</exception>
    public static RecordSchema Get(string name) => ByName[name];

    /// <summary>The current schema with that fingerprint, or null.</summary>
    public static RecordSchema? ByFingerprint(long fingerprint) => ByFingerprintMap.GetValueOrDefault(fingerprint);

    /// <summary>CRC-64-AVRO of a schema's Parsing Canonical Form (Apache.Avro's <see cref="SchemaNormalization"/>).</summary>
    public static long Fingerprint(Schema schema) => SchemaNormalization.ParsingFingerprint64(schema);

    /// <summary>The <c>.avsc</c> text of an event schema as embedded.</summary>
    public static string Text(string name)
    {
        using var stream = typeof(EventSchemas).Assembly.GetManifestResourceStream("Gateway.Schemas.Avro.Schemas." + name + ".avsc")
            ?? throw new KeyNotFoundException($"No embedded schema {name}.avsc");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
