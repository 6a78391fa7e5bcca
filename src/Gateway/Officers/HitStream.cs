using System.Threading.Channels;

namespace Gateway.Officers;

/// <summary>
/// Fans new and changed hits out to the open officer streams. Each stream has a bounded queue; a stream that falls that
/// far behind is closed (the page reconnects and reloads the queue) rather than slowing the pipeline.
/// </summary>
public sealed class HitStream
{
    private readonly Lock _gate = new();
    private readonly List<Channel<HitSummary>> _subscribers = [];

    /// <summary>Opens a subscription; dispose the returned handle to close it.</summary>
    public Subscription Subscribe()
    {
        var channel = Channel.CreateBounded<HitSummary>(new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        lock (_gate) _subscribers.Add(channel);
        return new Subscription(this, channel);
    }

    /// <summary>Sends hits to every stream.</summary>
    public void Publish(IEnumerable<HitSummary> hits)
    {
        Channel<HitSummary>[] targets;
        lock (_gate) targets = [.. _subscribers];
        foreach (var hit in hits)
        {
            foreach (var c in targets)
            {
                if (!c.Writer.TryWrite(hit)) c.Writer.TryComplete(new InvalidOperationException("the stream fell behind"));
            }
        }
    }

    private void Remove(Channel<HitSummary> channel)
    {
        lock (_gate) _subscribers.Remove(channel);
        channel.Writer.TryComplete();
    }

    /// <summary>One open stream.</summary>
    public sealed class Subscription(HitStream owner, Channel<HitSummary> channel) : IDisposable
    {
        /// <summary>The hits as they come.</summary>
        public ChannelReader<HitSummary> Reader => channel.Reader;

        /// <inheritdoc />
        public void Dispose() => owner.Remove(channel);
    }
}
