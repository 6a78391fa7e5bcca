namespace Gateway.Options;

/// <summary>Values of <c>Gateway:Role</c>: which parts of the gateway a process runs.</summary>
public static class GatewayRoles
{
    /// <summary>Everything in one process (the default).</summary>
    public const string All = "all";

    /// <summary>The HTTP API and the outbox relay.</summary>
    public const string Api = "api";

    /// <summary>The screening and decision consumer (and the health route).</summary>
    public const string Worker = "worker";

    /// <summary>Whether the role serves the carrier and officer API.</summary>
    public static bool ServesApi(string role) => Is(role, All) || Is(role, Api);

    /// <summary>Whether the role runs the screening consumer.</summary>
    public static bool Consumes(string role) => Is(role, All) || Is(role, Worker);

    /// <summary>Whether the value is one of the roles.</summary>
    public static bool IsKnown(string role) => Is(role, All) || Is(role, Api) || Is(role, Worker);

    private static bool Is(string role, string name) => string.Equals(role, name, StringComparison.OrdinalIgnoreCase);
}
