using Avro;
using Avro.File;
using Avro.Generic;
using Avro.IO;
using Gateway.Schemas.Events;

namespace Gateway.IntegrationTests.AvroInterop;

/// <summary>
/// Apache.Avro against the reference implementations from Debian: avro-c (<c>avrocat</c> prints what it reads from our
/// container files as JSON, the same as Apache.Avro's JSON encoding; <c>avromod</c> rewrites them with its own writer)
/// and python3-avro (reads our files and writes them again with its writer); what they wrote, Apache.Avro reads back to
/// the same datums. Canonical forms and fingerprints agree with python3-avro's.
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

    private static Schema SchemaFor(string name) => name == "AllTypes" ? Schema.Parse(AllTypesJson) : EventSchemas.Get(name);

    private static List<object?> Datums(Schema schema) => [.. Enumerable.Range(0, 40).Select(seed => RandomDatum.For(schema, seed))];

    private string WriteContainer(Schema schema, List<object?> datums, Codec.Type codec)
    {
        string path = Path.Combine(_dir, $"ours-{codec}.avro");
        using var writer = DataFileWriter<object?>.OpenWriter(new GenericDatumWriter<object?>(schema), path, Codec.CreateCodec(codec));
        foreach (var d in datums) writer.Append(d);
        return path;
    }

    private static (Schema Writer, List<object?> Datums) ReadContainer(string path)
    {
        using var reader = DataFileReader<object?>.OpenReader(path);
        return (reader.GetSchema(), [.. reader.NextEntries]);
    }

    /// <summary>
    /// Same datums: the same binary encoding, each written with its own file's schema. avro-c writes the schema without
    /// its logical types (a uuid is a plain string there), which changes no byte of the encoding, and Apache.Avro does not
    /// resolve a plain writer type to a logical reader type, so each side is encoded with the schema it was read with.
    /// </summary>
    private static void AssertSameDatums(Schema schema, List<object?> expected, Schema writer, List<object?> actual, string what)
    {
        Assert.True(expected.Count == actual.Count, $"{what}: {actual.Count} datums, we wrote {expected.Count}");
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.True(RandomDatum.Encode(schema, expected[i]).AsSpan().SequenceEqual(RandomDatum.Encode(writer, actual[i])), $"{what}, datum {i}");
        }
    }

    private static string Json(Schema schema, object? datum)
    {
        using var text = new MemoryStream();
        var encoder = new JsonEncoder(schema, text);
        new GenericDatumWriter<object?>(schema).Write(datum, encoder);
        encoder.Flush();
        return System.Text.Encoding.UTF8.GetString(text.ToArray());
    }

    [AvroToolFact("avrocat")]
    public void Avrocat_reads_our_container_files_to_the_values_apache_avro_prints()
    {
        foreach (string name in SchemaNames)
        {
            var schema = SchemaFor(name);
            // avrocat's JSON printer stops a bytes value at its first NUL byte: compare on datums without one.
            var datums = Datums(schema).Where(d => !Json(schema, d).Contains("\\u0000", StringComparison.Ordinal)).ToList();
            Assert.True(datums.Count >= 10, $"{name}: only {datums.Count} datums without NUL bytes");
            foreach (var codec in new[] { Codec.Type.Null, Codec.Type.Deflate })
            {
                var (_, stdout, _) = ReferenceTools.Run(ReferenceTools.Avrocat!, [WriteContainer(schema, datums, codec)]);
                var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Assert.True(datums.Count == lines.Length, $"avrocat {name} {codec} printed {lines.Length} datums, we wrote {datums.Count}");
                for (int i = 0; i < lines.Length; i++)
                {
                    string ours = Json(schema, datums[i]);
                    var difference = JsonEquivalence.Difference(ours, lines[i]);
                    Assert.True(difference is null, $"avrocat {name} {codec}, datum {i}: {difference}\n ours: {ours}\n avrocat: {lines[i]}");
                }
            }
        }
    }

    [AvroToolFact("avrocat")]
    public void Avro_c_rewrites_our_container_files_and_we_read_them_to_the_same_values()
    {
        foreach (string name in SchemaNames)
        {
            var schema = SchemaFor(name);
            var datums = Datums(schema);
            string ours = WriteContainer(schema, datums, Codec.Type.Null);
            string theirs = Path.Combine(_dir, "avro-c.avro");
            ReferenceTools.Run(ReferenceTools.Avromod!, ["--codec=deflate", ours, theirs]);
            var (writer, back) = ReadContainer(theirs);
            Assert.Equal(SchemaNormalization.ToParsingForm(schema), SchemaNormalization.ToParsingForm(writer));
            AssertSameDatums(schema, datums, writer, back, $"avromod {name}");
        }
    }

    [AvroToolFact("python3-avro")]
    public void Python_rewrites_our_container_files_and_we_read_them_to_the_same_values()
    {
        foreach (string name in SchemaNames)
        {
            var schema = SchemaFor(name);
            var datums = Datums(schema);
            foreach (var (ourCodec, theirCodec) in new[] { (Codec.Type.Null, "deflate"), (Codec.Type.Deflate, "null") })
            {
                string ours = WriteContainer(schema, datums, ourCodec);
                string theirs = Path.Combine(_dir, $"python-{theirCodec}.avro");
                ReferenceTools.Run(ReferenceTools.Python, [ReferenceTools.Script, "rewrite", ours, theirs, theirCodec]);
                var (writer, back) = ReadContainer(theirs);
                Assert.Equal(SchemaNormalization.ToParsingForm(schema), SchemaNormalization.ToParsingForm(writer));
                AssertSameDatums(schema, datums, writer, back, $"python3-avro {name} {ourCodec}->{theirCodec}");
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
            var ours = Schema.Parse(json);
            Assert.Equal(pythonCanonical, SchemaNormalization.ToParsingForm(ours));
            // Python's own CRC-64-AVRO (the specification's algorithm, written in Python) over the agreed text.
            string pythonFingerprint = pythonCanonical == lines[0]
                ? lines[1]
                : ReferenceTools.Run(ReferenceTools.Python, [ReferenceTools.Script, "fingerprint", pythonCanonical]).Stdout.Trim();
            Assert.Equal(long.Parse(pythonFingerprint, System.Globalization.CultureInfo.InvariantCulture), SchemaNormalization.ParsingFingerprint64(ours));
        }
    }
}
