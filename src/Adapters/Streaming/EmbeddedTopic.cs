namespace Gateway.Adapters.Streaming;

/// <summary>A topic of the embedded stream: append-only partitions.</summary>
internal sealed class EmbeddedTopic(string name, int partitions)
{
    public string Name { get; } = name;

    public EmbeddedPartition[] Partitions { get; } = [.. Enumerable.Range(0, partitions).Select(_ => new EmbeddedPartition())];

    public void Append(StreamMessage message) => Partitions[Partitioner.For(message.Key, Partitions.Length)].Append(message);

    public List<StreamMessage> All() => [.. Partitions.SelectMany(p => p.Snapshot())];
}

/// <summary>An append-only log.</summary>
internal sealed class EmbeddedPartition
{
    private readonly List<StreamMessage> _log = [];

    public void Append(StreamMessage message)
    {
        lock (_log) _log.Add(message);
    }

    public StreamMessage? At(long offset)
    {
        lock (_log) return offset < _log.Count ? _log[(int)offset] : null;
    }

    public List<StreamMessage> Snapshot()
    {
        lock (_log) return [.. _log];
    }
}

/// <summary>A consumer group on one topic: members, partition ownership (round-robin by join order), committed offsets.</summary>
internal sealed class EmbeddedGroup(int partitions) : IDisposable
{
    private readonly List<object> _members = [];
    private readonly long[] _committed = new long[partitions];

    public SemaphoreSlim[] Locks { get; } = [.. Enumerable.Range(0, partitions).Select(_ => new SemaphoreSlim(1, 1))];

    public object Join()
    {
        var member = new object();
        lock (_members) _members.Add(member);
        return member;
    }

    public void Leave(object member)
    {
        lock (_members) _members.Remove(member);
    }

    public bool Owns(object member, int partition)
    {
        lock (_members) return _members.Count > 0 && ReferenceEquals(_members[partition % _members.Count], member);
    }

    public long Committed(int partition) => Interlocked.Read(ref _committed[partition]);

    public void Commit(int partition, long next) => Interlocked.Exchange(ref _committed[partition], next);

    public void Dispose()
    {
        foreach (var l in Locks) l.Dispose();
    }
}
