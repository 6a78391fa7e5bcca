using System.Text;

namespace Gateway.Screening.Import;

/// Opens list files: UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252 (the UK and EU files are Latin).
internal static class TextFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static string ReadAll(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            throw new ListFormatException(path, 0, "cannot read the file: " + e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ListFormatException(path, 0, "cannot read the file: " + e.Message);
        }
        return Decode(bytes);
    }

    public static string Decode(byte[] bytes)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252(bytes);
        }
    }

    // Windows-1252 without the code-pages provider: Latin-1 plus the 0x80–0x9F punctuation block.
    private static readonly string Cp1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    private static string Windows1252(byte[] bytes) => string.Create(bytes.Length, bytes, static (span, b) =>
    {
        for (var i = 0; i < b.Length; i++)
        {
            var x = b[i];
            span[i] = x is >= 0x80 and <= 0x9F ? Cp1252High[x - 0x80] : (char)x;
        }
    });
}
