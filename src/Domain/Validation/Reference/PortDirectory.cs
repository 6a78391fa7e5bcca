using System.Collections.Concurrent;
using System.Globalization;

namespace Gateway.Domain.Validation.Reference;

/// <summary>
/// Ports, countries and time zones, from the table build/tz/derive.py makes out of OpenFlights (ODbL 1.0) and
/// Debian iso-codes, embedded in the assembly. All Korean ports are Asia/Seoul; seaports (UN/LOCODE) take the zone
/// most airports of their country use, and that is reported as an assumption.
/// </summary>
public sealed class PortDirectory
{
    private const string SeoulZone = "Asia/Seoul";
    private static readonly Lazy<PortDirectory> Embedded = new(LoadEmbedded);
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Zones = new(StringComparer.Ordinal);

    private readonly Dictionary<string, (string? Country, string Zone)> _airports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Alpha3, string? Zone, int ZoneCount)> _byAlpha2 = new(StringComparer.Ordinal);
    private readonly HashSet<string> _alpha3 = new(StringComparer.Ordinal);

    /// <summary>The table shipped with the gateway.</summary>
    public static PortDirectory Default => Embedded.Value;

    /// <summary>Reads a table in the derive.py format (tests feed small ones).</summary>
    public PortDirectory(TextReader reader)
    {
        var zoneNames = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            switch (f[0])
            {
                case "Z" when f.Length >= 3: zoneNames[f[1]] = f[2]; break;
                case "C" when f.Length >= 5:
                    _byAlpha2[f[1]] = (f[2], zoneNames.GetValueOrDefault(f[3]), int.Parse(f[4], CultureInfo.InvariantCulture));
                    _alpha3.Add(f[2]);
                    break;
                case "A" when f.Length >= 4 && zoneNames.TryGetValue(f[3], out var zone):
                    _airports[f[1]] = (f[2] == "-" ? null : f[2], zone);
                    break;
                default: break;
            }
        }
    }

    /// <summary>Whether the code is an ISO 3166-1 alpha-3 country code.</summary>
    public bool IsAlpha3(string code) => _alpha3.Contains(code);

    /// <summary>Whether the code is an ISO 3166-1 alpha-2 country code.</summary>
    public bool IsAlpha2(string code) => _byAlpha2.ContainsKey(code);

    /// <summary>The alpha-3 code of an alpha-2 code, or null.</summary>
    public string? Alpha3Of(string alpha2) => _byAlpha2.TryGetValue(alpha2, out var c) ? c.Alpha3 : null;

    /// <summary>What is known about a port code (IATA, ICAO or UN/LOCODE). Never throws.</summary>
    public PortInfo Resolve(string? location)
    {
        string code = Normalise(location);
        var kind = KindOf(code);
        switch (kind)
        {
            case PortKind.Iata or PortKind.Icao when _airports.TryGetValue(code, out var airport):
                if (airport.Country == "KR") return new PortInfo(code, kind, "KR", Zone(SeoulZone), ZoneBasis.Korea, null);
                var zone = Zone(airport.Zone);
                return zone is null
                    ? new PortInfo(code, kind, airport.Country, null, ZoneBasis.Unknown, $"zone {airport.Zone} is not on this system", $"이 시스템에 {airport.Zone} 시간대가 없음")
                    : new PortInfo(code, kind, airport.Country, zone, ZoneBasis.Airport, null);
            case PortKind.Iata or PortKind.Icao:
                return new PortInfo(code, kind, null, null, ZoneBasis.Unknown, "airport code not in the OpenFlights table", "OpenFlights 표에 없는 공항 코드");
            case PortKind.UnLocode:
                return ByCountry(code, kind, code[..2]);
            default:
                return new PortInfo(code, kind, null, null, ZoneBasis.Unknown, "not an IATA, ICAO or UN/LOCODE code", "IATA, ICAO, UN/LOCODE 코드가 아님");
        }
    }

    private PortInfo ByCountry(string code, PortKind kind, string alpha2)
    {
        if (alpha2 == "KR") return new PortInfo(code, kind, "KR", Zone(SeoulZone), ZoneBasis.Korea, null);
        if (!_byAlpha2.TryGetValue(alpha2, out var country))
            return new PortInfo(code, kind, null, null, ZoneBasis.Unknown, $"country {alpha2} is not an ISO 3166-1 code", $"국가 {alpha2}은(는) ISO 3166-1 코드가 아님");
        var zone = country.Zone is null ? null : Zone(country.Zone);
        if (zone is null) return new PortInfo(code, kind, alpha2, null, ZoneBasis.Unknown, $"no known zone for country {alpha2}", $"국가 {alpha2}의 시간대를 모름");
        string note = country.ZoneCount > 1
            ? $"seaport: main zone of country {alpha2}, which has {country.ZoneCount} zones"
            : $"seaport: zone of country {alpha2}";
        string korean = country.ZoneCount > 1
            ? $"항구: 시간대가 {country.ZoneCount}개인 국가 {alpha2}의 주 시간대"
            : $"항구: 국가 {alpha2}의 시간대";
        return new PortInfo(code, kind, alpha2, zone, ZoneBasis.Country, note, korean);
    }

    /// <summary>Upper case, blanks removed (<c>kr pus</c> → <c>KRPUS</c>).</summary>
    public static string Normalise(string? location)
    {
        if (string.IsNullOrWhiteSpace(location)) return "";
        Span<char> buffer = stackalloc char[Math.Min(location.Length, 16)];
        int n = 0;
        foreach (char c in location)
        {
            if (char.IsWhiteSpace(c)) continue;
            if (n == buffer.Length) return location.Trim().ToUpperInvariant();
            buffer[n++] = char.ToUpperInvariant(c);
        }
        return new string(buffer[..n]);
    }

    /// <summary>The kind of code by its shape.</summary>
    public static PortKind KindOf(string code) => code.Length switch
    {
        3 when Letters(code) => PortKind.Iata,
        4 when Letters(code) => PortKind.Icao,
        5 when Letters(code.AsSpan(0, 2)) && code.AsSpan(2).ContainsAnyExcept(LocodeTail) is false => PortKind.UnLocode,
        _ => PortKind.Invalid,
    };

    private static readonly System.Buffers.SearchValues<char> LocodeTail =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ23456789");

    private static bool Letters(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (c is < 'A' or > 'Z') return false;
        return true;
    }

    /// <summary>A system time zone by IANA id, cached; null when this system lacks it.</summary>
    public static TimeZoneInfo? Zone(string id) => Zones.GetOrAdd(id, static z =>
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById(z); }
        catch (TimeZoneNotFoundException) { return null; }
        catch (InvalidTimeZoneException) { return null; }
    });

    private static PortDirectory LoadEmbedded()
    {
        using var stream = typeof(PortDirectory).Assembly.GetManifestResourceStream("Gateway.Domain.Validation.ports.tsv")
            ?? throw new InvalidOperationException("embedded resource Gateway.Domain.Validation.ports.tsv is missing from the build");
        using var reader = new StreamReader(stream);
        return new PortDirectory(reader);
    }
}
