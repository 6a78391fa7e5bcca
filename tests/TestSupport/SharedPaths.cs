namespace Gateway.TestSupport;

/// <summary>
/// Finds the shared reference material (<c>../shared</c> beside the clone). Tests that read it use
/// <see cref="SharedFactAttribute"/> or <see cref="SharedTheoryAttribute"/>, which report a visible skip when it is absent.
/// </summary>
public static class SharedPaths
{
    private static readonly Lazy<string?> RootPath = new(Locate);

    /// <summary>The shared folder, or null when it is not beside the clone.</summary>
    public static string? Root => RootPath.Value;

    /// <summary>A path inside the shared folder; throws when the folder is absent (guarded by the attributes).</summary>
    public static string Get(params string[] parts) =>
        Path.Combine([Root ?? throw new InvalidOperationException("../shared is not present"), .. parts]);

    private static string? Locate()
    {
        var env = Environment.GetEnvironmentVariable("GATEWAY_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return Path.GetFullPath(env);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gateway.sln")))
            {
                var shared = Path.Combine(dir.FullName, "..", "shared");
                return Directory.Exists(shared) ? Path.GetFullPath(shared) : null;
            }
        }
        return null;
    }
}

/// <summary>A fact that needs <c>../shared</c>; skipped, with the reason shown, where it is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason when the shared folder is missing.</summary>
    public SharedFactAttribute()
    {
        if (SharedPaths.Root is null) Skip = "needs ../shared beside the clone (reference samples)";
    }
}

/// <summary>A theory that needs <c>../shared</c>; skipped, with the reason shown, where it is absent.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets the skip reason when the shared folder is missing.</summary>
    public SharedTheoryAttribute()
    {
        if (SharedPaths.Root is null) Skip = "needs ../shared beside the clone (reference samples)";
    }
}
