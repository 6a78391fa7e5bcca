using System.Text;

namespace Gateway.Adapters.Edifact;

/// <summary>
/// Turns received bytes into text. Strict UTF-8 when the bytes are valid UTF-8 (UNOY/UNOW and the UTF-8 that most
/// senders really use); otherwise ISO 8859-1 (UNOC), which maps every byte. UNOA/UNOB are subsets of both.
/// </summary>
public static class EdifactText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes the bytes; <paramref name="utf8"/> tells which decoding was used.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, out bool utf8)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            utf8 = true;
            return StrictUtf8.GetString(bytes);
        }
        utf8 = false;
        return Encoding.Latin1.GetString(bytes);
    }

    /// <summary>Encodes text for the syntax identifier: UTF-8 for UNOY/UNOW/UNOX, ISO 8859-1 otherwise.</summary>
    public static byte[] Encode(string text, string syntaxIdentifier) =>
        syntaxIdentifier is "UNOW" or "UNOY" or "UNOX" ? StrictUtf8.GetBytes(text) : Encoding.Latin1.GetBytes(text);
}
