using BenchmarkDotNet.Attributes;
using Gateway.Schemas;
using Gateway.Schemas.Manifests;
using Gateway.Domain.Validation;

namespace Gateway.Benchmarks;

/// <summary>Judging a wide-body passenger list against Decree 87: with and without an MRZ per person.</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private const string Mrz = "P<KORKIM<<MINSU<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nM123456788KOR8804020M3012316<<<<<<<<<<<<<<<0";
    private Manifest _list = null!;
    private Manifest _withMrz = null!;
    private readonly ValidationContext _context = new() { Received = new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero) };

    [Params(400)]
    public int Passengers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var people = new Traveller[Passengers];
        for (int i = 0; i < people.Length; i++)
        {
            people[i] = new Traveller("FL", new PersonName("KIM", ValueList.Of("MINSU" + (char)('A' + i % 26) + (char)('A' + i / 26 % 26))), "M",
                new MessageDate("880402", "101"), "KOR", null, ValueList<QualifiedPlace>.Empty, ValueList<Reference>.Empty, null, "173",
                ValueList.Of(new TravelDocument("P", "M" + (10000000 + i), new MessageDate("301231", "101"), null, "KOR")), null);
        }
        var legs = ValueList.Of(new Leg("20", "YY0815", "YY", ValueList.Of(
            new LegPoint("125", "NRT", ValueList.Of(new QualifiedDate("189", new MessageDate("2611231000", "201")))),
            new LegPoint("87", "ICN", ValueList.Of(new QualifiedDate("232", new MessageDate("2611231230", "201")))))));
        _list = new Manifest(new ListHeader("YY", "KR", "1", "1", "PAXLST", "D:05B", null, 1, "TN1", false), "745", null, null,
            new Conveyance(TransportMode.Air, "YY", "YY0815", null, null, null, legs), people, new DeclaredTotals(Passengers, null));
        _withMrz = _list with { Travellers = people.Select(p => p with { Documents = ValueList.Of(p.Documents[0] with { Mrz = Mrz }) }).ToArray() };
    }

    [Benchmark(Baseline = true)]
    public int Validate() => ReportValidator.Validate(_list, _context).Findings.Count;

    [Benchmark]
    public int ValidateWithMrz() => ReportValidator.Validate(_withMrz, _context).Findings.Count;
}
