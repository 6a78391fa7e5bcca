using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Gateway.Adapters.Edifact;
using Gateway.Adapters.Pnrgov;

namespace Gateway.Benchmarks;

/// <summary>
/// PNRGOV reading on one core: a push of 300 PNRs (600 travellers, 2 legs each with check-in, seats and bags, DOCS,
/// tickets), as a large carrier sends for a wide-body flight. Reported per push; PNRs/s = 300 / mean.
/// </summary>
[MemoryDiagnoser]
public class PnrgovBenchmarks
{
    private const int Pnrs = 300;
    private byte[] _bytes = [];
    private byte[] _lines = [];
    private EdifactReadResult _syntax = null!;

    [GlobalSetup]
    public void Setup()
    {
        var sb = new StringBuilder();
        sb.Append("UNA:+.?*'UNB+IATA:1+KE+KRIMM+260301:0900+BENCH1++PNRGOV'UNH+1+PNRGOV:13:1:IA+KE0081/010326/1200'");
        sb.Append("MSG+:22'ORG+KE:ICN'TVL+010326:1200:010326:1430+ICN+JFK+KE+0081'EQN+").Append(Pnrs).Append('\'');
        for (int i = 0; i < Pnrs; i++)
        {
            string loc = "B" + i.ToString("D5", CultureInfo.InvariantCulture);
            sb.Append("SRC'RCI+KE:").Append(loc).Append("::150226:1015'DAT+700:280226:0930'ORG+KE:ICN+12345678:SELKE0100++++KR:KRW:KO'");
            sb.Append("ADD++700:1 SEJONG-DAERO:SEOUL:::KR:04524:821012345678'");
            for (int t = 1; t <= 2; t++)
            {
                sb.Append("TIF+PARK").Append(i).Append("+JISOO MS:A:").Append(t).Append("'REF+:U").Append(i).Append(t).Append('\'');
                sb.Append("IFT+4:28::KE+CTCE JISOO..PARK//EXAMPLE.COM'");
                sb.Append("SSR+DOCS:HK:1:KE:::::/P/KOR/M").Append(i).Append(t).Append("/KOR/15MAR85/F/14MAR31/PARK/JISOO+::").Append(t).Append('\'');
                sb.Append("TKT+18012345").Append(i).Append(t).Append(":T:1'MON+B:1000000:KRW+T:1200000:KRW'TXD++28000::KRW:BP+5000::KRW:YQ'");
                sb.Append("DAT+710:280226:0940'FOP+CC::1200000:VI:XXXXXXXXXXXX1234:0829'");
            }
            foreach (var (from, to, flight) in new[] { ("ICN", "JFK", "0081"), ("JFK", "ICN", "0082") })
            {
                sb.Append("TVL+010326:1200:010326:1430+").Append(from).Append('+').Append(to).Append("+KE:DL+").Append(flight).Append(":Y'");
                sb.Append("TVL+++++7801:Y'RPI+2+HK'APD+77W'SSR+SEAT:HK:2:KE:::").Append(from).Append(':').Append(to).Append("+31A::1+31B::2'");
                sb.Append("DAT+2:010326:0930'ORG+KE++++A'");
                for (int t = 1; t <= 2; t++)
                {
                    sb.Append("TRI++").Append(i * 2 + t).Append(":::").Append(t).Append("'TIF+PARK").Append(i).Append("+JISOO MS:A:").Append(t).Append('\'');
                    sb.Append("SSD+31").Append(t == 1 ? 'A' : 'B').Append("++++Y'TBD++2:37:700++HP:1+KE:0180123456:2:").Append(to).Append('\'');
                }
            }
        }
        int segments = sb.ToString().Split('\'').Length - 3;
        sb.Append("UNT+").Append(segments).Append("+1'UNZ+1+BENCH1'");
        _bytes = Encoding.ASCII.GetBytes(sb.ToString());
        _lines = Encoding.ASCII.GetBytes(sb.ToString().Replace("'", "'\n", StringComparison.Ordinal));
        _syntax = EdifactReader.Read(_bytes);
        var push = PnrgovReader.Read(_syntax).Pushes[0];
        if (push.Pnrs.Count != Pnrs || push.Pnrs[^1].Travellers[1].Documents.Count != 1)
        {
            throw new InvalidOperationException("the benchmark push did not read as built");
        }
    }

    /// <summary>Bytes to pushes: the EDIFACT layer and PNRGOV together.</summary>
    [Benchmark]
    public int ReadBytes() => PnrgovReader.Read(_bytes).Pushes[0].Pnrs.Count;

    /// <summary>The same push with one segment per line, as most carriers send it.</summary>
    [Benchmark]
    public int ReadBytesOneSegmentPerLine() => PnrgovReader.Read(_lines).Pushes[0].Pnrs.Count;

    /// <summary>PNRGOV structure only, from segments already read.</summary>
    [Benchmark]
    public int ReadSegments() => PnrgovReader.Read(_syntax).Pushes[0].Pnrs.Count;
}
