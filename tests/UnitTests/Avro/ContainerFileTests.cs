using Gateway.Schemas.Avro;

namespace Gateway.UnitTests.Avro;

public sealed class ContainerFileTests
{
    private static readonly RecordSchema Schema = (RecordSchema)AvroSchema.Parse("""
        {"type":"record","name":"Row","fields":[{"name":"n","type":"long"},{"name":"s","type":["null","string"]},
         {"name":"t","type":{"type":"long","logicalType":"timestamp-millis"}}]}
        """);

    private static List<GenericRecord> Rows(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new GenericRecord(Schema).With("n", (long)i * 1000)
            .With("s", i % 3 == 0 ? null : "row " + i).With("t", DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000 + i)))];

    private static byte[] WriteFile(AvroCodec codec, IEnumerable<GenericRecord> rows, int blockSize = 64 * 1024, byte[]? sync = null)
    {
        var ms = new MemoryStream();
        using (var w = new AvroContainerWriter(ms, Schema, codec, sync, leaveOpen: true) { BlockSize = blockSize })
        {
            foreach (var r in rows) w.Append(r);
        }
        return ms.ToArray();
    }

    [Theory]
    [InlineData(AvroCodec.Null)]
    [InlineData(AvroCodec.Deflate)]
    public void Container_round_trips_every_row_across_blocks(AvroCodec codec)
    {
        var rows = Rows(500);
        var file = WriteFile(codec, rows, blockSize: 1024);
        var reader = new AvroContainerReader(file);
        Assert.Equal(codec, reader.Codec);
        Assert.Equal(Schema.ToCanonicalForm(), reader.WriterSchema.ToCanonicalForm());
        Assert.Equal(rows.Cast<object?>(), reader.Read());
    }

    [Fact]
    public void Header_starts_with_the_magic_and_names_schema_and_codec()
    {
        var file = WriteFile(AvroCodec.Deflate, Rows(1));
        Assert.Equal(new byte[] { (byte)'O', (byte)'b', (byte)'j', 1 }, file[..4]);
        var reader = new AvroContainerReader(file);
        Assert.Equal("deflate", System.Text.Encoding.UTF8.GetString(reader.Metadata["avro.codec"]));
        Assert.Contains("timestamp-millis", System.Text.Encoding.UTF8.GetString(reader.Metadata["avro.schema"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Deflate_makes_repetitive_data_smaller()
    {
        var rows = Rows(1000);
        Assert.True(WriteFile(AvroCodec.Deflate, rows).Length < WriteFile(AvroCodec.Null, rows).Length / 2);
    }

    [Fact]
    public void Empty_file_has_a_header_and_no_rows() =>
        Assert.Empty(new AvroContainerReader(WriteFile(AvroCodec.Null, [])).Read());

    [Fact]
    public void Reader_schema_resolves_container_rows()
    {
        var readerSchema = AvroSchema.Parse("""{"type":"record","name":"Row","fields":[{"name":"n","type":"double"},{"name":"extra","type":"int","default":9}]}""");
        var rows = new AvroContainerReader(WriteFile(AvroCodec.Null, Rows(3)), readerSchema).Read().Cast<GenericRecord>().ToList();
        Assert.Equal(2000d, rows[2]["n"]);
        Assert.Equal(9, rows[2]["extra"]);
    }

    [Fact]
    public void Damaged_sync_marker_is_an_error_naming_the_block()
    {
        var file = WriteFile(AvroCodec.Null, Rows(10));
        file[^1] ^= 0xff;
        var e = Assert.Throws<AvroException>(() => new AvroContainerReader(file).Read().ToList());
        Assert.Contains("block 0", e.Message, StringComparison.Ordinal);
        Assert.Contains("sync marker", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_file_is_an_error_not_a_crash()
    {
        var file = WriteFile(AvroCodec.Deflate, Rows(10));
        Assert.Throws<AvroException>(() => new AvroContainerReader(file[..^20]).Read().ToList());
    }

    [Fact]
    public void Missing_magic_is_an_error() =>
        Assert.Contains("magic", Assert.Throws<AvroException>(() => new AvroContainerReader("{\"json\":1}"u8.ToArray())).Message, StringComparison.Ordinal);

    [Fact]
    public void Unknown_codec_is_an_error_naming_it()
    {
        var file = WriteFile(AvroCodec.Null, Rows(1));
        int at = file.AsSpan().IndexOf("null"u8);
        "zstd"u8.CopyTo(file.AsSpan(at));
        Assert.Contains("\"zstd\"", Assert.Throws<AvroException>(() => new AvroContainerReader(file)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_sync_marker_is_written_after_the_header_and_every_block()
    {
        byte[] sync = [.. Enumerable.Range(1, 16).Select(i => (byte)i)];
        var file = WriteFile(AvroCodec.Null, Rows(50), blockSize: 100, sync: sync);
        int count = 0;
        for (int i = 0; i + 16 <= file.Length; i++) if (file.AsSpan(i, 16).SequenceEqual(sync)) count++;
        Assert.True(count > 2);
        Assert.Equal(sync, file[^16..]);
    }

    [Fact]
    public void Reserved_metadata_key_is_refused() =>
        Assert.Throws<ArgumentException>(() => new AvroContainerWriter(new MemoryStream(), Schema, metadata: new Dictionary<string, byte[]> { ["avro.x"] = [] }));
}
