namespace Gateway.Security;

/// <summary>
/// A small secret file in the data folder, created once with owner-only permissions (where the platform has them) and
/// read at every later start, so that what was printed or handed out once keeps working across restarts.
/// </summary>
internal static class DataFolderFile
{
    /// <summary>The file's text; when it does not exist, <paramref name="create"/>'s text is written first (another process creating it at the same time wins).</summary>
    public static string ReadOrCreate(string path, Func<string> create)
    {
        if (File.Exists(path)) return File.ReadAllText(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        string text = create();
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, file);
            writer.Write(text);
            return text;
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.ReadAllText(path); // another process made it first
        }
    }
}
