namespace Gateway.UnitTests.Support;

/// <summary>The project's own crafted test inputs, copied beside the test assembly.</summary>
internal static class TestFiles
{
    public static string Path(params string[] parts) => System.IO.Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    public static byte[] Bytes(params string[] parts) => File.ReadAllBytes(Path(parts));
}
