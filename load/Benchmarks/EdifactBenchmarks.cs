using System.Text;
using BenchmarkDotNet.Attributes;
using Gateway.Adapters.Edifact;
using Gateway.Adapters.Paxlst;
using Gateway.Schemas;
using Gateway.Schemas.Manifests;

namespace Gateway.Benchmarks;

/// <summary>
/// The EDIFACT layer on a 500-traveller passenger list made with the writer: the tokenizer alone (MB/s = bytes / mean),
/// the syntax layer with segments materialised, and the PAXLST reader end to end (travellers/s = 500 / mean).
/// </summary>
[MemoryDiagnoser]
public class EdifactBenchmarks
{
    private string _text = "";
    private byte[] _bytes = [];

    [GlobalSetup]
    public void Setup()
    {
        _text = PaxlstWriter.Write(SyntheticList.Create(500, seed: 42), new DateTime(2026, 11, 22, 9, 15, 0));
        _bytes = Encoding.ASCII.GetBytes(_text);
        Console.WriteLine($"// list: {_bytes.Length:N0} bytes, 500 travellers");
    }

    [Benchmark]
    public int Tokenize()
    {
        var scanner = new SegmentScanner(_text, 0, _text.Length, Delimiters.Default, 1, 0);
        int tokens = 0;
        while (scanner.Next()) tokens += scanner.TokenCount;
        return tokens;
    }

    [Benchmark]
    public int ReadSegments() => EdifactReader.Read(_bytes).Interchange.Messages[0].Body.Count;

    [Benchmark]
    public int ReadPaxlst() => PaxlstReader.Read(_bytes).Manifests[0].Travellers.Count;
}

/// <summary>A deterministic passenger list with realistic field shapes, for benchmarks and load.</summary>
public static class SyntheticList
{
    private static readonly string[] Surnames = ["KIM", "LEE", "PARK", "CHOI", "JUNG", "TANAKA", "SMITH", "O'BRIEN", "MÜLLER", "NGUYEN", "GARCIA", "WANG"];
    private static readonly string[] Given = ["MINJUN", "SEOYEON", "HIRO", "ANNA", "JOHN", "MARIA", "LEI", "AN", "JOSE", "SEAN"];
    private static readonly string[] Nations = ["KOR", "JPN", "USA", "IRL", "DEU", "VNM", "ESP", "CHN"];

    /// <summary>A list of <paramref name="travellers"/> passengers on one flight.</summary>
    public static Manifest Create(int travellers, int seed)
    {
        var random = new Random(seed);
        var people = new Traveller[travellers];
        for (int i = 0; i < travellers; i++)
        {
            string nat = Nations[random.Next(Nations.Length)];
            people[i] = new Traveller("FL",
                new PersonName(Surnames[random.Next(Surnames.Length)].Replace("Ü", "UE", StringComparison.Ordinal), ValueList.Of(Given[random.Next(Given.Length)])),
                random.Next(2) == 0 ? "M" : "F",
                new MessageDate($"{random.Next(40, 99):00}{random.Next(1, 13):00}{random.Next(1, 29):00}", MessageDate.Yymmdd),
                nat, null, ValueList.Of(new QualifiedPlace("178", "NRT"), new QualifiedPlace("179", "ICN")),
                ValueList.Of(new Reference("AVF", $"K{random.Next(100000, 999999)}"), new Reference("ABO", $"{i:000000000000}"), new Reference("SEA", $"{random.Next(1, 60)}C")),
                null, "173",
                ValueList.Of(new TravelDocument("P", $"M{random.Next(10000000, 99999999)}", new MessageDate("300115", MessageDate.Yymmdd), null, nat)),
                null);
        }
        var leg = new Leg("20", "KE0702", "KE", ValueList.Of(
            new LegPoint("125", "NRT", ValueList.Of(new QualifiedDate("189", new MessageDate("2611221130", MessageDate.YymmddHhmm)))),
            new LegPoint("87", "ICN", ValueList.Of(new QualifiedDate("232", new MessageDate("2611221400", MessageDate.YymmddHhmm))))));
        return new Manifest(
            new ListHeader("KE", "KRIMMI", "000001", "1", "PAXLST", "D:05B", "KE0702/261122/1130", 1, "KE0702261122", false),
            DocumentCodes.PassengerList, null, new ReportingParty("KE OPS", ValueList<Contact>.Empty),
            new Conveyance(TransportMode.Air, "KE", "KE0702", null, null, null, ValueList.Of(leg)),
            ValueList<Traveller>.Own(people), new DeclaredTotals(travellers, null));
    }
}
