using Gateway.Schemas.Avro;

namespace Gateway.IntegrationTests.Avro;

/// <summary>
/// Proof against the reference implementations from Debian: avro-c's <c>avrocat</c> and python3-avro read the
/// container files we write to the same values; files python3-avro writes are read by us to the same values;
/// canonical forms and fingerprints agree with python3-avro's.
/// </summary>
public sealed class AvroInteropTests : IDisposable
{
    /// <summary>Every Avro type in one schema: the event schemas cover the rest (logical types, nesting).</summary>
    private const string AllTypesJson = """
        {"type":"record","name":"AllTypes","namespace":"test.interop","fields":[
          {"name":"n","type":"null"},{"name":"b","type":"boolean"},{"name":"i","type":"int"},{"name":"l","type":"long"},
          {"name":"f","type":"float"},{"name":"d","type":"double"},{"name":"by","type":"bytes"},{"name":"s","type":"string"},
          {"name":"e","type":{"type":"enum","name":"Suit","symbols":["SPADES","HEARTS","DIAMONDS","CLUBS"]}},
          {"name":"fx","type":{"type":"fixed","name":"Md5","size":16}},
          {"name":"a","type":{"type":"array","items":"long"}},
          {"name":"m","type":{"type":"map","values":["null","double","Suit"]}},
          {"name":"u","type":["null","int","string","Md5",{"type":"record","name":"Inner","fields":[{"name":"x","type":"int"}]}]},
          {"name":"nested","type":{"type":"array","items":{"type":"map","values":{"type":"array","items":"string"}}}},
          {"name":"next","type":["null","AllTypes"],"default":null}]}
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("avro-interop-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly string[] SchemaNames = ["AllTypes", .. EventSchemas.Names];

    private static AvroSchema SchemaFor(string name) => name == "AllTypes" ? AvroSchema.Parse(AllTypesJson) : EventSchemas.Get(name);

    private string WriteContainer(AvroSchema schema, List<object?> datums, AvroCodec codec)
    {
        string path = Path.Combine(_dir, $"ours-{codec}.avro");
        using var w = new AvroContainerWriter(File.Create(path), schema, codec) { BlockSize = 2048 };
        foreach (var d in datums) w.Append(d);
        return path;
    }

    private static List<object?> Datums(AvroSchema schema, bool noNulBytes) =>
        [.. Enumerable.Range(0, 40).Select(seed => RandomDatum.For(schema, seed, noNulBytes))];

    private static void AssertSameJsonLines(IReadOnlyList<string> expected, string output, string tool)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(expected.Count == lines.Length, $"{tool} printed {lines.Length} datums, we wrote {expected.Count}");
        for (int i = 0; i < lines.Length; i++)
        {
            var difference = JsonEquivalence.Difference(expected[i], lines[i]);
            Assert.True(difference is null, $"{tool}, datum {i}: {difference}\n ours: {expected[i]}\n {tool}: {lines[i]}");
        }
    }

    [AvroToolFact("avrocat")]
    public void Avrocat_reads_our_container_files_to_the_same_values()
    {
        foreach (string name in SchemaNames)
        {
            var schema = SchemaFor(name);
            var datums = Datums(schema, noNulBytes: true);
            var expected = datums.Select(d => AvroJson.Write(schema, d)).ToList();
            foreach (var codec in new[] { AvroCodec.Null, AvroCodec.Deflate })
            {
                var (_, stdout, _) = ReferenceTools.Run(ReferenceTools.Avrocat!, [WriteContainer(schema, datums, codec)]);
                AssertSameJsonLines(expected, stdout, $"avrocat {name} {codec}");
            }
        }
    }

    [AvroToolFact("python3-avro")]
    public void Python_reads_our_container_files_to_the_same_values()
    {
        foreach (string name in SchemaNames)
        {
            var schema = SchemaFor(name);
            var datums = Datums(schema, noNulBytes: false);
            var expected = datums.Select(d => AvroJson.Write(schema, d, unwrapUnions: true)).ToList();
            foreach (var codec in new[] { AvroCodec.Null, AvroCodec.Deflate })
            {
                var (_, stdout, _) = ReferenceTools.Run(ReferenceTools.Python, [ReferenceTools.Script, "read", WriteContainer(schema, datums, codec)]);
                AssertSameJsonLines(expected, stdout, $"python3-avro {name} {codec}");
            }
        }
    }

    [AvroToolFact("python3-avro")]
    public void We_read_container_files_python_writes_to_the_same_values()
    {
        foreach (string name in SchemaNames)
        {
            var schema = SchemaFor(name);
            var datums = Datums(schema, noNulBytes: false);
            string ours = WriteContainer(schema, datums, AvroCodec.Null);
            foreach (string codec in new[] { "null", "deflate" })
            {
                string theirs = Path.Combine(_dir, $"python-{codec}.avro");
                ReferenceTools.Run(ReferenceTools.Python, [ReferenceTools.Script, "rewrite", ours, theirs, codec]);
                var reader = AvroContainerReader.Open(theirs);
                Assert.Equal(codec, reader.Codec == AvroCodec.Deflate ? "deflate" : "null");
                Assert.Equal(schema.ToCanonicalForm(), reader.WriterSchema.ToCanonicalForm());
                var back = reader.Read().ToList();
                Assert.Equal(datums.Count, back.Count);
                for (int i = 0; i < datums.Count; i++)
                {
                    Assert.True(DatumEquality.AreEqual(datums[i], back[i]),
                        $"{name} {codec} datum {i}:\n ours:   {AvroJson.Write(schema, datums[i])}\n python: {AvroJson.Write(schema, back[i])}");
                }
            }
        }
    }

    [AvroToolFact("python3-avro")]
    public void Canonical_form_and_fingerprint_agree_with_python()
    {
        var schemas = new List<(string Name, string Json)>
        {
            ("int", "\"int\""), ("string", "{\"type\":\"string\"}"),
            ("AllTypes", AllTypesJson),
            ("namespaces", """{"type":"record","name":"R","namespace":"x.y","doc":"d","fields":[{"name":"e","type":{"type":"enum","name":"E","namespace":"z","symbols":["A"],"aliases":["Q"]},"default":"A"},{"name":"r","type":{"type":"record","name":"S","fields":[{"name":"e2","type":"z.E"}]}}]}"""),
        };
        schemas.AddRange(EventSchemas.Names.Select(n => (n, EventSchemas.Text(n))));
        foreach (var (name, json) in schemas)
        {
            string file = Path.Combine(_dir, name + ".avsc");
            File.WriteAllText(file, json);
            var lines = ReferenceTools.Run(ReferenceTools.Python, [ReferenceTools.Script, "canonical", file]).Stdout.Split('\n');
            string pythonCanonical = PythonCanonical.Normalize(lines[0]);
            var ours = AvroSchema.Parse(json);
            Assert.Equal(pythonCanonical, ours.ToCanonicalForm());
            // Python's own CRC-64-AVRO (the specification's algorithm, written in Python) over the agreed text.
            string pythonFingerprint = pythonCanonical == lines[0]
                ? lines[1]
                : ReferenceTools.Run(ReferenceTools.Python, [ReferenceTools.Script, "fingerprint", pythonCanonical]).Stdout.Trim();
            Assert.Equal(long.Parse(pythonFingerprint, System.Globalization.CultureInfo.InvariantCulture), ours.Fingerprint());
        }
    }
}
