using Gateway.Adapters.Edifact;
using Gateway.Adapters.Paxlst;
using Gateway.UnitTests.Support;

namespace Gateway.UnitTests.Edifact;

/// <summary>
/// Mutation testing of the readers: random byte flips, truncations, duplications and deletions of real and crafted
/// messages must give a result or the one syntax exception — never another exception, never a hang.
/// </summary>
public sealed class MutationTests
{
    private const int MutationsPerFile = 400;

    [Fact]
    public void Mutated_crafted_files_give_a_result_or_a_syntax_error()
    {
        var files = Directory.GetFiles(TestFiles.Path("Edifact"));
        Assert.NotEmpty(files);
        Run(files, seed: 20261122);
    }

    [SharedFact]
    public void Mutated_shared_samples_give_a_result_or_a_syntax_error()
    {
        var files = new[] { "paxlst", "pnrgov", "cusres" }
            .SelectMany(d => Directory.GetFiles(SharedPaths.Get("samples", d)))
            .Where(f => !f.EndsWith(".xml", StringComparison.Ordinal) && !f.EndsWith(".tmpl", StringComparison.Ordinal)).ToArray();
        Run(files, seed: 9735);
    }

    private static void Run(string[] files, int seed)
    {
        // The loop runs on its own task so that a hang fails the test instead of stalling the suite.
        var work = Task.Run(() =>
        {
            var random = new Random(seed);
            foreach (var file in files)
            {
                var original = File.ReadAllBytes(file);
                for (int i = 0; i < MutationsPerFile; i++)
                {
                    var (mutated, description) = Mutate(original, random);
                    try
                    {
                        var edifact = EdifactReader.Read(mutated);
                        if (edifact.Interchange.AllMessages.All(m => m.Type == "PAXLST")) PaxlstReader.Read(edifact);
                    }
                    catch (EdifactSyntaxException)
                    {
                    }
                    catch (Exception e)
                    {
                        Assert.Fail($"{Path.GetFileName(file)} with {description} (seed {seed}, mutation {i}) threw {e.GetType().Name}: {e.Message}");
                    }
                }
            }
        });
        Assert.True(work.Wait(TimeSpan.FromMinutes(3)), "a reader did not finish: a mutated input made it hang");
        work.GetAwaiter().GetResult();
    }

    private static (byte[] Bytes, string Description) Mutate(byte[] original, Random random)
    {
        int at = random.Next(original.Length);
        switch (random.Next(4))
        {
            case 0:
                var flipped = (byte[])original.Clone();
                int flips = random.Next(1, 6);
                for (int k = 0; k < flips; k++) flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                return (flipped, $"{flips} random byte(s) changed");
            case 1:
                return (original[..at], $"truncation at {at}");
            case 2:
                int length = random.Next(1, Math.Min(200, original.Length - at) + 1);
                return ([.. original[..(at + length)], .. original[at..]], $"{length} bytes at {at} duplicated");
            default:
                int cut = random.Next(1, Math.Min(50, original.Length - at) + 1);
                return ([.. original[..at], .. original[(at + cut)..]], $"{cut} bytes at {at} deleted");
        }
    }
}
