namespace Gateway.Adapters.Edifact;

/// <summary>Limits for reading interchanges.</summary>
public sealed class EdifactReaderOptions
{
    /// <summary>The largest input accepted, in bytes (default 10 MB).</summary>
    public int MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The defaults.</summary>
    public static EdifactReaderOptions Default { get; } = new();
}
