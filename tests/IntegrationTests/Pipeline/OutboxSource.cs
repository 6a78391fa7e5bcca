using Avro.Specific;
using Gateway.Adapters.Events;

namespace Gateway.IntegrationTests.Pipeline;

/// <summary>Events as committed in the outbox (the embedded stream's log), decoded with the gateway's codec.</summary>
internal sealed class OutboxSource(IReadOnlyList<OutboxSource.Row> rows) : IEventSource
{
    /// <summary>An outbox row as stored.</summary>
    internal sealed record Row(string Topic, string Key, byte[] Payload, bool Sent);

    public List<(string Key, T Value)> Read<T>(string topic, int atLeast) where T : class, ISpecificRecord, new() =>
        [.. rows.Where(r => r.Topic == topic).Select(r => (r.Key, EventCodec<T>.Instance.Decode(r.Payload)))];
}
