using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace Gateway.IntegrationTests.Service;

/// <summary>
/// Mutated real messages (../shared/samples and the crafted test files) posted to every carrier route: whatever comes
/// in, the answer is never a 5xx and the server stays alive. Each case is reproducible from its seed (FsCheck prints the
/// falsifying one). Bounded here by <c>GATEWAY_FUZZ_CASES</c> (default 300) and <c>GATEWAY_FUZZ_SECONDS</c> (default 40);
/// <c>scripts/fuzz</c> runs it much longer.
/// </summary>
public sealed class CarrierRouteFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));
    private readonly string _data = Directory.CreateTempSubdirectory("gateway-fuzz-").FullName;
    private GatewayServer _server = null!;

    public async Task InitializeAsync() => _server = await GatewayServer.StartAsync(_data, _clock, new Dictionary<string, string?>
    {
        ["Gateway:RateLimits:Enabled"] = "false",
    });

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    /// <summary>A fuzz case: which seed, which route, and the seed of the mutations applied to it.</summary>
    public sealed record FuzzCase(int Seed, int Route, int Mutations, int Random, bool AcceptEdifact);

    /// <summary>A carrier route; <paramref name="Weight"/> is how often it is chosen (the interactive check most: its answer echoes most).</summary>
    private sealed record Route(string Method, string Path, string ContentType, bool Json, int Weight);

    private static readonly Route[] Routes =
    [
        new("POST", "/api/v1/manifests", "application/edifact", false, 3),
        new("POST", "/api/v1/iapi", "application/edifact", false, 6),
        new("POST", "/api/v1/pnr", "application/edifact", false, 3),
        new("POST", "/api/v1/manifests", "application/json", true, 1),
        new("POST", "/api/v1/iapi", "application/json", true, 2),
        new("POST", "/api/v1/declarations", "application/json", true, 1),
        new("POST", "/api/v1/notices", "application/json", true, 1),
        new("POST", "/api/v1/landing-permits", "application/json", true, 1),
        new("GET", "/api/v1/manifests/", "", false, 1),
        new("GET", "/api/v1/iapi/", "", false, 1),
        new("GET", "/api/v1/pnr/pushes/", "", false, 1),
        new("GET", "/api/v1/iapi/updates?wait=0&after=", "", false, 1),
        new("GET", "/api/v1/pnr/requests", "", false, 1),
    ];

    [Fact]
    public async Task Mutated_real_messages_on_every_carrier_route_never_get_a_5xx_and_the_server_stays_alive()
    {
        var (edifact, paxlst) = EdifactSeeds();
        var json = JsonSeeds();
        Assert.True(edifact.Count >= 20 && paxlst.Count >= 10, $"only {edifact.Count} EDIFACT seeds ({paxlst.Count} PAXLST) were found");
        int cases = Setting("GATEWAY_FUZZ_CASES", 300);
        var until = DateTimeOffset.UtcNow.AddSeconds(Setting("GATEWAY_FUZZ_SECONDS", 40));
        using var client = _server.Client();
        int sent = 0;
        var statuses = new Dictionary<int, int>();

        var gen =
            from seed in Gen.Choose(0, 1 << 20)
            from route in Gen.Frequency(Routes.Select((r, i) => (r.Weight, Gen.Constant(i))).ToArray())
            from mutations in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 4)))
            from random in Gen.Choose(0, int.MaxValue - 1)
            from accept in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
            select new FuzzCase(seed, route, mutations, random, accept);

        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            // The time bound keeps the suite's run short on a loaded machine: cases past it are not sent (the count sent is printed).
            if (DateTimeOffset.UtcNow > until) return true;
            var route = Routes[c.Route];
            var random = new Random(c.Random);
            // Lists and checks mostly get PAXLST to mutate, sometimes any message; the PNR route any EDIFACT.
            var seeds = route.Json ? json : route.Path != "/api/v1/pnr" && random.Next(5) > 0 ? paxlst : edifact;
            using var request = Build(c, route, seeds, random);
            var response = client.Send(request);
            string answer = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            sent++;
            statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
            if ((int)response.StatusCode < 500) return true;
            string saved = Path.Combine(Path.GetTempPath(), $"gateway-fuzz-{c.Seed}-{c.Random}.bin");
            File.WriteAllBytes(saved, request.Content?.ReadAsByteArrayAsync().GetAwaiter().GetResult() ?? []);
            output.WriteLine($"{(int)response.StatusCode} on {route.Method} {request.RequestUri}: body saved to {saved}\n{answer}");
            return false;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true));

        output.WriteLine($"{sent} requests: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} x{s.Value}")));
        Assert.True(sent > 0);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
        var check = await client.PostAsync(new Uri("/api/v1/iapi", UriKind.Relative), GatewayServer.Edifact(CarrierAnswerTests.Paxlst(2, reference: "ALIVE")));
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
    }

    private static HttpRequestMessage Build(FuzzCase c, Route route, IReadOnlyList<byte[]> seeds, Random random)
    {
        if (route.Method == "GET")
        {
            string id = Uri.EscapeDataString(Encoding.Latin1.GetString(Mutate(Encoding.ASCII.GetBytes("s_0123456789abcdef"), c.Mutations, random)));
            return new HttpRequestMessage(HttpMethod.Get, new Uri(route.Path + (route.Path.EndsWith('/') || route.Path.EndsWith('=') ? id : ""), UriKind.Relative));
        }
        var body = Mutate(seeds[c.Seed % seeds.Count], c.Mutations, random);
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new(route.ContentType);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(route.Path, UriKind.Relative)) { Content = content };
        if (c.AcceptEdifact) request.Headers.Accept.ParseAdd("application/edifact");
        return request;
    }

    private static readonly byte[] Interesting = "'+:?*\n\r\0_a~\u00e9 UNZUNTUNH\"{}[],".Select(c => (byte)c).ToArray();

    /// <summary>Byte-level mutations of a real message, plus the shapes that broke the writer: long values, many travellers.</summary>
    internal static byte[] Mutate(byte[] original, int count, Random random)
    {
        var bytes = new List<byte>(original);
        for (int m = 0; m < count && bytes.Count > 0; m++)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(10))
            {
                case 0: bytes[at] = Interesting[random.Next(Interesting.Length)]; break;
                case 1: bytes[at] = (byte)random.Next(256); break;
                case 2: bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(40))); break;
                case 3:
                    int length = Math.Min(bytes.Count - at, 1 + random.Next(200));
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                case 4: bytes.RemoveRange(at, bytes.Count - at); break;
                case 5 or 6:
                    // Lengthen a value: right after a separator, up to 80 characters the syntax levels treat differently.
                    int separator = bytes.FindIndex(at, b => b is (byte)'+' or (byte)':');
                    if (separator >= 0)
                    {
                        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_abcxyz";
                        bytes.InsertRange(separator + 1, Enumerable.Range(0, 5 + random.Next(76)).Select(_ => (byte)alphabet[random.Next(alphabet.Length)]));
                    }
                    break;
                default:
                    // Repeat a traveller (PAXLST NAD group, PNRGOV SRC group, JSON array element) many times.
                    Repeat(bytes, random);
                    break;
            }
        }
        return [.. bytes];
    }

    private static void Repeat(List<byte> bytes, Random random)
    {
        string text = Encoding.Latin1.GetString([.. bytes]);
        foreach (string start in new[] { "NAD+FL", "NAD+FM", "SRC", "{\"surname\"" })
        {
            int from = text.IndexOf(start, StringComparison.Ordinal);
            if (from < 0) continue;
            int to = text.IndexOf(start, from + start.Length, StringComparison.Ordinal);
            if (to < 0) to = text.IndexOf(start[0] == '{' ? "]" : "CNT", from, StringComparison.Ordinal);
            if (to < 0) continue;
            string block = text[from..to];
            if (start[0] == '{' && !block.TrimEnd().EndsWith(',')) block += ",";
            var copies = Encoding.Latin1.GetBytes(string.Concat(Enumerable.Repeat(block, 50 + random.Next(100))));
            bytes.InsertRange(from, copies);
            return;
        }
    }

    /// <summary>Every EDIFACT seed, and those that hold PAXLST (real samples, crafted files, and the shapes that once broke the answer).</summary>
    private static (List<byte[]> All, List<byte[]> Paxlst) EdifactSeeds()
    {
        var files = new List<string>();
        if (SharedPaths.Root is { } shared)
        {
            foreach (var folder in new[] { "paxlst", "pnrgov", "cusres" })
            {
                files.AddRange(Directory.EnumerateFiles(Path.Combine(shared, "samples", folder)).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)));
            }
        }
        string crafted = Path.Combine(RepositoryRoot(), "tests", "UnitTests", "TestData");
        foreach (var folder in new[] { "Edifact", "Pnrgov", "Validation", "Contrl", "Cusres" })
        {
            files.AddRange(Directory.EnumerateFiles(Path.Combine(crafted, folder), "*.edi"));
        }
        var seeds = files.Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        seeds.AddRange(new[]
        {
            CarrierAnswerTests.Paxlst(3), CarrierAnswerTests.Paxlst(120), CarrierAnswerTests.Paxlst(2, sender: "KE_DCS:ZZ"),
            CarrierAnswerTests.Paxlst(1, reference: "ABCDEFGHIJKLMNOP"), CarrierAnswerTests.Paxlst(2, acknowledgement: "++1"),
        }.Select(Encoding.ASCII.GetBytes));
        var paxlst = seeds.Where(s => Encoding.Latin1.GetString(s).Contains("PAXLST", StringComparison.Ordinal)).ToList();
        return (seeds, paxlst);
    }

    private static List<byte[]> JsonSeeds()
    {
        string list = ServiceTests.List("TX-F",
            ServiceTests.Passenger("KIM", "MINJUN", "1990-03-03", "KOR", "M12345678", "2031-01-01", "KOR", "001"),
            ServiceTests.Passenger("VOLKOV", "DMITRI", "1975-05-05", "RUS", "RU1234567", "2030-01-01", "RUS", "002"));
        var landing = new JsonObject { ["permit"] = "crew", ["landingFrom"] = "2026-11-22T15:00+09:00", ["list"] = JsonNode.Parse(list) };
        var declaration = new JsonObject
        {
            ["carrier"] = "KE", ["journeyId"] = "KE0702", ["vehicleType"] = "aircraft", ["registrationMark"] = "HL7700", ["name"] = "KE", ["nationality"] = "KOR",
            ["departure"] = new JsonObject { ["port"] = "NRT", ["time"] = "2026-11-22T11:30" },
            ["arrival"] = new JsonObject { ["port"] = "ICN", ["time"] = "2026-11-22T14:00" },
            ["crew"] = 3, ["passengers"] = 2, ["transitPassengers"] = 0,
        };
        var notice = new JsonObject { ["direction"] = "arrival", ["port"] = "ICN", ["scheduled"] = "2026-11-22T14:00", ["scheduledService"] = false, ["journeyId"] = "KE0702" };
        return [.. new[] { list, landing.ToJsonString(), declaration.ToJsonString(), notice.ToJsonString() }.Select(Encoding.UTF8.GetBytes)];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gateway.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("the repository root (Gateway.sln) is not above the test binaries");
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : fallback;
}
