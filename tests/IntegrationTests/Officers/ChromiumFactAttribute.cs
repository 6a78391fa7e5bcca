namespace Gateway.IntegrationTests.Officers;

/// <summary>A browser test: needs Debian's chromium (scripts/setup installs it); skipped, with the reason shown, where it is absent.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Where Debian installs chromium.</summary>
    public const string Executable = "/usr/bin/chromium";

    /// <summary>Sets the skip reason when chromium is missing.</summary>
    public ChromiumFactAttribute()
    {
        if (!File.Exists(Executable)) Skip = $"needs chromium at {Executable} (scripts/setup installs Debian's chromium)";
    }
}
