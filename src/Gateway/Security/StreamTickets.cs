using System.Collections.Concurrent;
using System.Security.Cryptography;
using Gateway.Options;

namespace Gateway.Security;

/// <summary>
/// Short-lived tickets for the hit stream: a browser's EventSource cannot send an Authorization header, and a bearer token
/// in a URL would end up in logs and history. The page trades its token for a random ticket (<c>POST /api/v1/hits/stream/ticket</c>)
/// and opens <c>/api/v1/hits/stream?ticket=…</c>; a ticket opens streams only for <see cref="OfficerOptions.TicketSeconds"/>
/// and never outlives the token it came from. Tickets live in this process: behind several instances, the stream needs
/// sticky sessions (or the page asks again on error, which it does).
/// </summary>
public sealed class StreamTickets(OfficerOptions options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (Officer Officer, DateTimeOffset Until)> _tickets = new(StringComparer.Ordinal);

    /// <summary>Issues a ticket for the officer.</summary>
    public (string Ticket, DateTimeOffset Until) Issue(Officer officer)
    {
        var now = clock.GetUtcNow();
        foreach (var (k, v) in _tickets) if (v.Until <= now) _tickets.TryRemove(k, out _);
        string ticket = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var until = now.AddSeconds(options.TicketSeconds);
        if (until > officer.Expires) until = officer.Expires;
        _tickets[ticket] = (officer, until);
        return (ticket, until);
    }

    /// <summary>The officer of a valid ticket.</summary>
    public Officer? Redeem(string? ticket) =>
        ticket is { Length: > 0 } && _tickets.TryGetValue(ticket, out var t) && t.Until > clock.GetUtcNow() ? t.Officer : null;
}
