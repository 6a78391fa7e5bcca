using Gateway.Adapters.Edifact;
using Xunit.Abstractions;

namespace Gateway.UnitTests.Edifact;

public sealed class SampleEnvelopeTests(ITestOutputHelper output)
{
    [SharedFact]
    public void Dump()
    {
        foreach (var dir in new[] { "paxlst", "pnrgov" })
        {
            foreach (var file in Directory.GetFiles(SharedPaths.Get("samples", dir)).Order(StringComparer.Ordinal))
            {
                if (file.EndsWith(".xml", StringComparison.Ordinal)) continue;
                try
                {
                    var r = EdifactReader.Read(File.ReadAllBytes(file));
                    output.WriteLine($"{Path.GetFileName(file)}: {r.Interchange.AllMessages.Count()} msgs, {r.Interchange.AllMessages.Sum(m => m.Body.Count)} segs, {r.Interchange.Delimiters.ToUna()}");
                    foreach (var n in r.Notes) output.WriteLine("   " + n);
                }
                catch (EdifactSyntaxException e)
                {
                    output.WriteLine($"{Path.GetFileName(file)}: ERROR {e.Message}");
                }
            }
        }
    }
}
