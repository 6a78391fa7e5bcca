using System.Net;

namespace Gateway.Runner.Cli;

/// <summary>The runner loads only this machine: load on anything else would be an attack, not a test.</summary>
public static class Loopback
{
    /// <summary>Whether <paramref name="uri"/> names a loopback host (localhost, 127.0.0.0/8, ::1).</summary>
    public static bool IsLoopback(Uri uri) =>
        string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
