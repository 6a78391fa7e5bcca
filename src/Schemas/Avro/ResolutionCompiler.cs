namespace Gateway.Schemas.Avro;

/// <summary>Builds the <see cref="ReadPlan"/> tree for a writer/reader schema pair (specification "Schema Resolution").</summary>
internal sealed class ResolutionCompiler
{
    private readonly Dictionary<(AvroSchema, AvroSchema), RecordPlan> _records = [];

    public ReadPlan Compile(AvroSchema writer, AvroSchema reader, string path)
    {
        if (writer is UnionSchema wu)
        {
            var branches = new ReadPlan[wu.Branches.Count];
            for (int i = 0; i < branches.Length; i++)
            {
                try
                {
                    branches[i] = Compile(wu.Branches[i], reader, path);
                }
                catch (AvroException e)
                {
                    branches[i] = new ErrorPlan(e.Message);
                }
            }
            return new WriterUnionPlan(branches);
        }
        if (reader is UnionSchema ru)
        {
            int branch = MatchBranch(writer, ru);
            if (branch < 0)
                throw new AvroException($"{path}: the writer's {writer.DisplayName} matches no branch of the reader's union [{string.Join(", ", ru.Branches.Select(b => b.DisplayName))}]");
            return Compile(writer, ru.Branches[branch], path);
        }
        if (!Matches(writer, reader))
            throw new AvroException($"{path}: the writer's {writer.DisplayName} cannot be read as the reader's {reader.DisplayName}");

        return reader switch
        {
            RecordSchema rr => CompileRecord((RecordSchema)writer, rr),
            EnumSchema re => new EnumPlan((EnumSchema)writer, re, path),
            FixedSchema rf => new FixedPlan(rf),
            ArraySchema ra => new ArrayPlan(Compile(((ArraySchema)writer).Items, ra.Items, path + "[]")),
            MapSchema rm => new MapPlan(Compile(((MapSchema)writer).Values, rm.Values, path + "{}")),
            _ => new PrimitivePlan(writer.Type, reader.Type, reader.Logical),
        };
    }

    private RecordPlan CompileRecord(RecordSchema writer, RecordSchema reader)
    {
        if (_records.TryGetValue((writer, reader), out var existing)) return existing; // recursive types
        var plan = new RecordPlan(reader);
        _records[(writer, reader)] = plan;

        var steps = new List<(int, ReadPlan)>();
        var filled = new bool[reader.Fields.Count];
        foreach (var wf in writer.Fields)
        {
            var rf = reader.FieldForWriter(wf.Name);
            if (rf is null)
            {
                steps.Add((-1, new SkipPlan(wf.Schema)));
                continue;
            }
            filled[rf.Position] = true;
            steps.Add((rf.Position, Compile(wf.Schema, rf.Schema, reader.FullName + "." + rf.Name)));
        }
        var defaults = new List<(int, object?)>();
        foreach (var rf in reader.Fields)
        {
            if (filled[rf.Position]) continue;
            if (!rf.HasDefault)
                throw new AvroException($"{reader.FullName}.{rf.Name}: the reader's field is not in the writer's record {writer.FullName} and has no default");
            defaults.Add((rf.Position, rf.DefaultValue));
        }
        plan.Steps = [.. steps];
        plan.Defaults = [.. defaults];
        return plan;
    }

    /// <summary>The reader branch for a writer schema: first an exact match, then the first one it can be promoted to.</summary>
    private static int MatchBranch(AvroSchema writer, UnionSchema reader)
    {
        for (int i = 0; i < reader.Branches.Count; i++)
        {
            if (reader.Branches[i].Type == writer.Type && Matches(writer, reader.Branches[i])) return i;
        }
        for (int i = 0; i < reader.Branches.Count; i++) if (Matches(writer, reader.Branches[i])) return i;
        return -1;
    }

    /// <summary>Whether two non-union schemas match (specification: same type or a permitted promotion, same name).</summary>
    private static bool Matches(AvroSchema writer, AvroSchema reader) => (writer.Type, reader.Type) switch
    {
        (AvroType.Int, AvroType.Long or AvroType.Float or AvroType.Double) => true,
        (AvroType.Long, AvroType.Float or AvroType.Double) => true,
        (AvroType.Float, AvroType.Double) => true,
        (AvroType.String, AvroType.Bytes) or (AvroType.Bytes, AvroType.String) => true,
        (AvroType.Fixed, AvroType.Fixed) => ((NamedSchema)reader).Accepts((NamedSchema)writer) && ((FixedSchema)writer).Size == ((FixedSchema)reader).Size,
        (AvroType.Record, AvroType.Record) or (AvroType.Enum, AvroType.Enum) => ((NamedSchema)reader).Accepts((NamedSchema)writer),
        var (w, r) => w == r,
    };
}
