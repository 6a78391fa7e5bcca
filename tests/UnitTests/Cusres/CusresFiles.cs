using System.Text.RegularExpressions;

namespace Gateway.UnitTests.Cusres;

/// <summary>Loads the crafted CUSRES files and the shared samples, normalising the samples' test envelope.</summary>
internal static partial class CusresFiles
{
    /// <summary>The values the check-in system's test scripts would have filled in; fixed so that assertions can name them.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Placeholders = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["yymmdd"] = "261122",
        ["hhmi"] = "0930",
        ["get ediref_paxlst"] = "EDIREF",
        ["get pax_id"] = "PAX0001",
        ["get pax_id1"] = "PAX0011",
        ["get pax_id2"] = "PAX0012",
        ["date_format %y +1y"] = "27",
    };

    internal static string Crafted(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Cusres", name));

    /// <summary>
    /// A shared sample as a real partner would send it: the test scripts' <c>"</c> terminator becomes <c>'</c> and the
    /// <c>$(...)</c> placeholders are filled. The syntax identifier <c>SIRE:4</c> is kept: the reader does not depend on it.
    /// </summary>
    internal static string Sample(string name)
    {
        string text = File.ReadAllText(SharedPaths.Get("samples", "cusres", name));
        text = text.Replace('"', '\'');
        return Placeholder().Replace(text, m => Placeholders.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new InvalidOperationException($"{name}: no value for placeholder $({m.Groups[1].Value})"));
    }

    [GeneratedRegex(@"\$\(([^)]*)\)")]
    private static partial Regex Placeholder();
}
