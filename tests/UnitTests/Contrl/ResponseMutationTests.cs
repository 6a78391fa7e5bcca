using System.Text;
using Gateway.Adapters.Contrl;
using Gateway.Adapters.Cusres;
using Gateway.Adapters.Edifact;

namespace Gateway.UnitTests.Contrl;

/// <summary>
/// Random byte flips, truncations and duplications of the crafted CUSRES and CONTRL files: the readers give a result
/// or the one syntax exception, and every refusal gets a CONTRL that writes and reads back. Seeds are fixed so that a
/// failure reproduces.
/// </summary>
public sealed class ResponseMutationTests
{
    private const int MutationsPerFile = 300;
    private static readonly byte[] Interesting = Encoding.ASCII.GetBytes("'+:?*\"\r\n UNAZBTHGE0129\0\u00ff");

    public static TheoryData<string, string> Files() => new()
    {
        { "Cusres", "response_962_two_passengers.edi" },
        { "Cusres", "status_change_132_loc_dtm_pairs.edi" },
        { "Cusres", "partner_codes_and_extras.edi" },
        { "Cusres", "error_acknowledgement_118.edi" },
        { "Contrl", "partner_contrl_syntax3.edi" },
        { "Contrl", "group_count_and_interchange_reference.edi" },
        { "Contrl", "acknowledgement_requested.edi" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Mutated_input_gives_a_result_or_the_syntax_exception_and_a_contrl_that_reads_back(string folder, string file)
    {
        var original = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", folder, file));
        var random = new Random(file.Length * 7919 + original.Length);
        var options = new ContrlOptions { Clock = ContrlFiles.Clock, Always = true };
        int refused = 0, answered = 0;
        for (int i = 0; i < MutationsPerFile; i++)
        {
            var bytes = Mutate(original, random);
            ContrlReport? report;
            try
            {
                var syntax = EdifactReader.Read(bytes);
                if (folder == "Cusres") CusresReader.Read(syntax); else ContrlReader.Read(syntax);
                report = ContrlResponder.Acknowledge(syntax, options);
            }
            catch (EdifactSyntaxException e)
            {
                refused++;
                Assert.False(string.IsNullOrWhiteSpace(e.Problem));
                report = ContrlResponder.Reject(bytes, e);
                if (report is not null) answered++;
            }
            if (report is null) continue;
            ContrlAcknowledgementTests.AssertCoherent(report);
            string contrl = ContrlWriter.Write(report, options);
            var back = ContrlReader.Read(contrl);
            Assert.True(report == Assert.Single(back.Reports), $"mutation {i} of {file}: the CONTRL did not read back:\n{contrl}");
        }
        // The mutations must really exercise refusals, or the test proves nothing about them.
        Assert.InRange(refused, MutationsPerFile / 10, MutationsPerFile);
        Assert.InRange(answered, refused / 2, refused);
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        switch (random.Next(4))
        {
            case 0: // flip a few bytes to characters that matter to the syntax
                for (int k = random.Next(1, 4); k > 0; k--) bytes[random.Next(bytes.Length)] = Interesting[random.Next(Interesting.Length)];
                return bytes;
            case 1: // a random byte anywhere
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                return bytes;
            case 2: // truncation
                return bytes[..random.Next(bytes.Length)];
            default: // a slice duplicated
                int from = random.Next(bytes.Length), length = random.Next(1, Math.Min(40, bytes.Length - from) + 1), at = random.Next(bytes.Length);
                return [.. bytes[..at], .. bytes.AsSpan(from, length), .. bytes[at..]];
        }
    }
}
