using Gateway.Domain.Validation.Reference;

namespace Gateway.UnitTests.Validation;

/// <summary>The embedded port table (derived from OpenFlights by build/tz/derive.py).</summary>
public sealed class PortDirectoryTests
{
    private static readonly PortDirectory Ports = PortDirectory.Default;

    [Theory]
    [InlineData("ICN", PortKind.Iata, "KR", "Asia/Seoul", ZoneBasis.Korea)]
    [InlineData("cju", PortKind.Iata, "KR", "Asia/Seoul", ZoneBasis.Korea)]       // case and Jeju
    [InlineData("RKSI", PortKind.Icao, "KR", "Asia/Seoul", ZoneBasis.Korea)]
    [InlineData("KRPUS", PortKind.UnLocode, "KR", "Asia/Seoul", ZoneBasis.Korea)] // any Korean LOCODE, by rule
    [InlineData("KR ZZZ", PortKind.UnLocode, "KR", "Asia/Seoul", ZoneBasis.Korea)]
    [InlineData("NRT", PortKind.Iata, "JP", "Asia/Tokyo", ZoneBasis.Airport)]
    [InlineData("LAX", PortKind.Iata, "US", "America/Los_Angeles", ZoneBasis.Airport)]
    [InlineData("JPTYO", PortKind.UnLocode, "JP", "Asia/Tokyo", ZoneBasis.Country)]
    [InlineData("QZQ", PortKind.Iata, null, null, ZoneBasis.Unknown)]
    [InlineData("ZZABC", PortKind.UnLocode, null, null, ZoneBasis.Unknown)]       // ZZ is no country
    [InlineData("1CN", PortKind.Invalid, null, null, ZoneBasis.Unknown)]
    [InlineData(null, PortKind.Invalid, null, null, ZoneBasis.Unknown)]
    public void Port_resolves_to_its_zone(string? code, PortKind kind, string? country, string? zone, ZoneBasis basis)
    {
        var p = Ports.Resolve(code);
        Assert.Equal(kind, p.Kind);
        Assert.Equal(country, p.Country);
        Assert.Equal(zone, p.Zone?.Id);
        Assert.Equal(basis, p.Basis);
        Assert.Equal(basis is ZoneBasis.Country or ZoneBasis.Unknown, p.IsAssumed);
    }

    [Fact]
    public void Multi_zone_country_fallback_says_it_is_a_guess()
    {
        var p = Ports.Resolve("USNYC");
        Assert.Equal(ZoneBasis.Country, p.Basis);
        Assert.Contains("zones", p.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Country_codes_come_from_ISO_3166()
    {
        Assert.True(Ports.IsAlpha3("KOR"));
        Assert.True(Ports.IsAlpha2("KR"));
        Assert.Equal("KOR", Ports.Alpha3Of("KR"));
        Assert.False(Ports.IsAlpha3("D"));
        Assert.False(Ports.IsAlpha3("QQQ"));
    }

    [SharedFact]
    public void Embedded_table_agrees_with_OpenFlights()
    {
        // Re-derive the table's facts from the source: every airport's IATA code maps to its zone (Korea to Seoul).
        int checkedRows = 0;
        foreach (var line in File.ReadLines(SharedPaths.Get("reference", "openflights_airports.dat")))
        {
            var f = Csv(line);
            if (f.Count < 12) continue;
            string iata = f[4], tz = f[11];
            if (iata.Length != 3 || tz == "\\N" || !tz.Contains('/', StringComparison.Ordinal)) continue;
            var p = Ports.Resolve(iata);
            string expected = f[3] == "South Korea" ? "Asia/Seoul" : tz;
            if (p.Zone is null) continue; // a zone this system lacks
            if (p.Zone.Id != expected && !HasDuplicateCode(iata)) Assert.Fail($"{iata}: table {p.Zone.Id}, OpenFlights {expected}");
            checkedRows++;
        }
        Assert.True(checkedRows > 5000, $"only {checkedRows} airports checked");
    }

    private static readonly Lazy<HashSet<string>> Duplicates = new(() =>
        File.ReadLines(SharedPaths.Get("reference", "openflights_airports.dat")).Select(Csv).Where(f => f.Count > 4)
            .GroupBy(f => f[4], StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal));

    // OpenFlights rows: comma-separated, text quoted with "", numbers bare.
    private static List<string> Csv(string line)
    {
        var fields = new List<string>();
        var sb = new System.Text.StringBuilder();
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
        return fields;
    }

    private static bool HasDuplicateCode(string iata) => Duplicates.Value.Contains(iata);
}
