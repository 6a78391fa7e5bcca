using System.Globalization;

namespace Gateway.Adapters.Cusres;

/// <summary>A UN directory version such as <c>D:05B</c>: 0052 version and 0054 release.</summary>
/// <param name="Version">0052, <c>D</c>.</param>
/// <param name="Release">0054, e.g. <c>05B</c>.</param>
public readonly record struct DirectoryVersion(string Version, string Release)
{
    /// <summary>
    /// Reads <c>D:05B</c> or <c>D05B</c>. Throws <see cref="ArgumentException"/> for anything else: the version is
    /// our own configuration, not received data.
    /// </summary>
    public static DirectoryVersion Parse(string text) => TryParse(text, out var version)
        ? version
        : throw new ArgumentException($"'{text}' is not a UN directory version (expected e.g. D:05B or D05B)", nameof(text));

    /// <summary>Reads <c>D:05B</c> or <c>D05B</c>; false for anything else (e.g. a version received in a request).</summary>
    public static bool TryParse(string text, out DirectoryVersion version)
    {
        ArgumentNullException.ThrowIfNull(text);
        string compact = text.Replace(":", "", StringComparison.Ordinal).Trim();
        if (compact.Length == 4 && compact[0] == 'D' && char.IsAsciiDigit(compact[1]) && char.IsAsciiDigit(compact[2])
            && compact[3] is >= 'A' and <= 'C')
        {
            version = new DirectoryVersion("D", compact[1..]);
            return true;
        }
        version = default;
        return false;
    }

    /// <summary>
    /// The most SG4 (ERP) groups a CUSRES may carry: 99 up to D09B, 99999 from D10A on.
    /// </summary>
    public int MaxEntryGroups
    {
        get
        {
            int year = int.Parse(Release.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture);
            // Directories from 90 to 99 are the last century's; 00 to 89 this one's.
            int full = year >= 90 ? 1900 + year : 2000 + year;
            return full >= 2010 ? 99_999 : 99;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Version + ":" + Release;
}
