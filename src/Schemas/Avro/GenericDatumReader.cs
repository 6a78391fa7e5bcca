namespace Gateway.Schemas.Avro;

/// <summary>
/// Decodes Avro binary data written with one schema (the writer's) into generic datums of another (the reader's),
/// applying the specification's schema resolution: fields matched by name or alias in any order, writer fields the
/// reader lacks skipped, reader fields the writer lacks filled from their defaults, numeric promotions
/// (int → long → float → double), string ⇄ bytes, enum defaults, and union branch selection. The resolution is
/// worked out once, when the reader is built; incompatible schemas fail then, except for union branches and enum
/// symbols, which fail only if the data actually uses them (as the specification says).
/// </summary>
public sealed class GenericDatumReader
{
    private readonly ReadPlan _plan;

    /// <summary>Reads data written with <paramref name="writer"/> as <paramref name="reader"/> (same schema when null).</summary>
    /// <exception cref="AvroException">The schemas cannot be resolved; the message names the path.</exception>
    public GenericDatumReader(AvroSchema writer, AvroSchema? reader = null)
    {
        WriterSchema = writer;
        ReaderSchema = reader ?? writer;
        _plan = new ResolutionCompiler().Compile(writer, ReaderSchema, ReaderSchema.DisplayName);
    }

    /// <summary>The schema the data was written with.</summary>
    public AvroSchema WriterSchema { get; }

    /// <summary>The schema of the datums returned.</summary>
    public AvroSchema ReaderSchema { get; }

    /// <summary>Reads one datum.</summary>
    public object? Read(ref AvroReader reader) => _plan.Read(ref reader);

    /// <summary>Decodes one datum that fills the whole span.</summary>
    /// <exception cref="AvroException">The data is malformed, or bytes are left over.</exception>
    public object? Decode(ReadOnlySpan<byte> data)
    {
        var reader = new AvroReader(data);
        var datum = _plan.Read(ref reader);
        if (!reader.End) throw new AvroException($"Avro data at byte {reader.Position}: {data.Length - reader.Position} bytes left after the datum");
        return datum;
    }

    /// <summary>Skips one datum of the given writer schema without building it.</summary>
    public static void Skip(ref AvroReader r, AvroSchema writer)
    {
        switch (writer.Type)
        {
            case AvroType.Null: break;
            case AvroType.Boolean: r.ReadBoolean(); break;
            case AvroType.Int or AvroType.Long or AvroType.Enum: r.ReadLong(); break;
            case AvroType.Float: r.ReadFixed(4); break;
            case AvroType.Double: r.ReadFixed(8); break;
            case AvroType.Bytes or AvroType.String: r.ReadBytesSpan(); break;
            case AvroType.Fixed: r.ReadFixed(((FixedSchema)writer).Size); break;
            case AvroType.Record:
                foreach (var f in ((RecordSchema)writer).Fields) Skip(ref r, f.Schema);
                break;
            case AvroType.Union:
                var union = (UnionSchema)writer;
                Skip(ref r, union.Branches[r.ReadUnionIndex(union.Branches.Count)]);
                break;
            case AvroType.Array or AvroType.Map:
                var item = writer is ArraySchema a ? a.Items : ((MapSchema)writer).Values;
                while (true)
                {
                    var (count, size) = r.ReadBlockHeader();
                    if (count == 0) break;
                    if (size >= 0)
                    {
                        r.Skip(size); // the writer gave the block's size: jump over it
                        continue;
                    }
                    for (long i = 0; i < count; i++)
                    {
                        if (writer.Type == AvroType.Map) r.ReadBytesSpan();
                        Skip(ref r, item);
                    }
                }
                break;
        }
    }
}
