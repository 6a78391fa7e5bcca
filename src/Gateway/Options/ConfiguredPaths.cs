namespace Gateway.Options;

/// <summary>
/// Where relative paths in the settings resolve (<c>Gateway:DataFolder</c>, each watch list's <c>Path</c> and OFAC
/// companion files, <c>Gateway:Screening:NicknamesPath</c>): against <c>Gateway:Root</c> when it is set, otherwise against
/// the application root — the clone's root when the gateway runs from a build inside a clone (the nearest folder above
/// the binary that holds <c>Gateway.sln</c>), the binary's own folder otherwise (<c>/app</c> in the image). Never against
/// the working directory, which depends on how the process was started (<c>dotnet run</c> has changed it between SDKs).
/// </summary>
public static class ConfiguredPaths
{
    /// <summary>The file that marks a clone's root.</summary>
    public const string CloneMarker = "Gateway.sln";

    private static readonly Lazy<string> Application = new(() => ApplicationRoot(AppContext.BaseDirectory));

    /// <summary>The base for relative paths: <paramref name="configuredRoot"/> (itself relative to the application root) or the application root.</summary>
    public static string Root(string? configuredRoot) =>
        configuredRoot is { Length: > 0 } root ? Resolve(Application.Value, root) : Application.Value;

    /// <summary>The clone's root above <paramref name="binaryFolder"/>, or the folder itself outside a clone.</summary>
    public static string ApplicationRoot(string binaryFolder)
    {
        for (var dir = new DirectoryInfo(binaryFolder); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, CloneMarker))) return dir.FullName;
        }
        return Path.GetFullPath(binaryFolder);
    }

    /// <summary>The path made absolute against <paramref name="root"/>; absolute and empty paths stay as they are.</summary>
    public static string Resolve(string root, string path) =>
        path.Length == 0 || Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(root, path));

    /// <summary>Makes every relative path in the options absolute against <see cref="Root"/> of <see cref="GatewayOptions.Root"/>.</summary>
    public static void ResolveIn(GatewayOptions options)
    {
        string root = Root(options.Root);
        options.Root = root;
        options.DataFolder = Resolve(root, options.DataFolder);
        foreach (var list in options.WatchLists)
        {
            list.Path = Resolve(root, list.Path);
            list.OfacAlt = Companion(root, list.OfacAlt);
            list.OfacAdd = Companion(root, list.OfacAdd);
            list.OfacComments = Companion(root, list.OfacComments);
        }
        if (options.Screening.NicknamesPath is { Length: > 0 } nicknames) options.Screening.NicknamesPath = Resolve(root, nicknames);
    }

    private static string? Companion(string root, string? path) =>
        path is null || path == Gateway.Screening.Import.OfacCsvFiles.None ? path : Resolve(root, path);
}
