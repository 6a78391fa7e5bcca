namespace Gateway.IntegrationTests.AvroInterop;

/// <summary>
/// A fact that needs the Avro reference tools from Debian (<c>avrocat</c> and <c>avromod</c> from avro-bin, <c>/usr/bin/python3</c> with
/// python3-avro). Where they are missing the test is reported as skipped with the reason, never silently passed;
/// <c>scripts/setup</c> and CI install them.
/// </summary>
public sealed class AvroToolFactAttribute : FactAttribute
{
    public AvroToolFactAttribute(string tool)
    {
        string? missing = tool switch
        {
            "avrocat" => ReferenceTools.Avrocat is null || ReferenceTools.Avromod is null ? "avrocat and avromod (package avro-bin) are not installed" : null,
            "python3-avro" => ReferenceTools.PythonAvro ? null : "/usr/bin/python3 with the avro module (package python3-avro) is not installed",
            _ => "unknown tool " + tool,
        };
        if (missing is not null) Skip = missing + "; run scripts/setup";
    }
}
