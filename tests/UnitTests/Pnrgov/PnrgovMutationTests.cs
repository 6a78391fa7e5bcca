using System.Text;
using Gateway.Adapters.Edifact;
using Gateway.Adapters.Pnrgov;

namespace Gateway.UnitTests.Pnrgov;

/// <summary>
/// Damaged input never gives anything but a result or the one syntax exception: random byte flips, truncations,
/// duplicated and deleted spans of the crafted files (fixed seeds, so a failure reproduces).
/// </summary>
public sealed class PnrgovMutationTests
{
    public static TheoryData<string> Files => new()
    {
        "infant.edi", "codeshare_checkin.edi", "split_history_nonair.edi", "multipart.edi", "docs_outside_traveller.edi",
        "cancellation_update.edi", "glued_segments.edi",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Mutated_files_give_a_result_or_a_syntax_error_only(string name)
    {
        byte[] original = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "Pnrgov", name));
        var random = new Random(name.Length * 7919 + original.Length);
        byte[] interesting = Encoding.ASCII.GetBytes("+:'?*SRCTIFTVLDATUNHUNTEQN0123456789 \n’");
        int results = 0, errors = 0;
        for (int i = 0; i < 600; i++)
        {
            byte[] mutated = Mutate(original, random, interesting);
            try
            {
                var read = PnrgovReader.Read(mutated);
                Assert.NotNull(read.Pushes);
                results++;
            }
            catch (EdifactSyntaxException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Problem));
                Assert.True(e.Position.Line >= 1, $"no line for: {e.Message}");
                errors++;
            }
        }
        Assert.True(results > 0 && errors > 0, $"{results} results and {errors} errors: the mutations should produce both");
    }

    public static TheoryData<string> Samples => new()
    {
        "gtas_loader_2_pnrs_basic.edi", "gtas_loader_3_pnrs.edi", "gtas_loader_infant.edi", "gtas_loader_no_pnr_history.edi",
        "gtas_parsers_pnrMessagePg75.txt", "gtas_parsers_modifyPnr77ForCodeShare.txt", "gtas_parsers_pnrWithPrefixesAndBookingDetailBags.txt",
    };

    [SharedTheory]
    [MemberData(nameof(Samples))]
    public void Mutated_samples_give_a_result_or_a_syntax_error_only(string name)
    {
        byte[] original = File.ReadAllBytes(SharedPaths.Get("samples", "pnrgov", name));
        var random = new Random(original.Length);
        byte[] interesting = Encoding.UTF8.GetBytes("+:'?*\\SRCTIFTVLDATTRITBDRCISSRUNHUNT0123456789 \n’");
        for (int i = 0; i < 300; i++)
        {
            byte[] mutated = Mutate(original, random, interesting);
            try
            {
                Assert.NotNull(PnrgovReader.Read(mutated).Pushes);
            }
            catch (EdifactSyntaxException e)
            {
                Assert.True(e.Position.Line >= 1, $"no line for: {e.Message}");
            }
        }
    }

    private static byte[] Mutate(byte[] original, Random random, byte[] interesting)
    {
        var bytes = new List<byte>(original);
        int edits = random.Next(1, 4);
        for (int e = 0; e < edits && bytes.Count > 1; e++)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0: bytes[at] = interesting[random.Next(interesting.Length)]; break;
                case 1: bytes[at] = (byte)random.Next(1, 256); break;
                case 2: bytes.RemoveRange(at, bytes.Count - at); break;
                case 3:
                    int length = Math.Min(random.Next(1, 40), bytes.Count - at);
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                default: bytes.RemoveRange(at, Math.Min(random.Next(1, 20), bytes.Count - at)); break;
            }
        }
        return [.. bytes];
    }
}
