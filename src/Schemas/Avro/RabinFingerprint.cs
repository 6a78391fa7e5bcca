using System.Text;

namespace Gateway.Schemas.Avro;

/// <summary>
/// CRC-64-AVRO, the 64-bit Rabin fingerprint the specification defines for schemas (polynomial 0xc15d213aa4d7a795
/// as the empty value, table-driven, least significant bit first).
/// </summary>
public static class RabinFingerprint
{
    /// <summary>The fingerprint of no bytes.</summary>
    public const ulong Empty = 0xc15d213aa4d7a795UL;

    private static readonly ulong[] Table = BuildTable();

    /// <summary>The fingerprint of the UTF-8 bytes of a text (normally a Parsing Canonical Form).</summary>
    public static long Compute(string text) => Compute(Encoding.UTF8.GetBytes(text));

    /// <summary>The fingerprint of bytes.</summary>
    public static long Compute(ReadOnlySpan<byte> data)
    {
        ulong fp = Empty;
        foreach (byte b in data) fp = (fp >> 8) ^ Table[(int)((fp ^ b) & 0xff)];
        return unchecked((long)fp);
    }

    private static ulong[] BuildTable()
    {
        var table = new ulong[256];
        for (int i = 0; i < 256; i++)
        {
            ulong fp = (ulong)i;
            for (int j = 0; j < 8; j++) fp = (fp >> 1) ^ (Empty & (0UL - (fp & 1)));
            table[i] = fp;
        }
        return table;
    }
}
