namespace Gateway.Submissions;

/// <summary>
/// Serialises the filing of lists for one flight inside this process, so that lists for one flight sent at once amend
/// the report one after another instead of racing. Striped: a fixed set of locks chosen by the flight's hash, taken in
/// stripe order when a message carries several flights. Across processes the report's version does the same job
/// (<see cref="Adapters.Storage.StoreConflictException"/>); this lock only keeps such conflicts rare.
/// </summary>
public sealed class FlightLocks
{
    private readonly SemaphoreSlim[] _stripes = [.. Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>Waits for the locks of the given flights; dispose the result to release them.</summary>
    public async Task<IDisposable> AcquireAsync(IEnumerable<string> flights, CancellationToken cancel)
    {
        var stripes = flights.Select(f => (int)((uint)StringComparer.Ordinal.GetHashCode(f) % (uint)_stripes.Length)).Distinct().Order().ToArray();
        var held = new List<SemaphoreSlim>(stripes.Length);
        try
        {
            foreach (int s in stripes)
            {
                await _stripes[s].WaitAsync(cancel);
                held.Add(_stripes[s]);
            }
        }
        catch
        {
            foreach (var h in held) h.Release();
            throw;
        }
        return new Held(held);
    }

    private sealed class Held(List<SemaphoreSlim> held) : IDisposable
    {
        public void Dispose()
        {
            foreach (var h in held) h.Release();
            held.Clear();
        }
    }
}
