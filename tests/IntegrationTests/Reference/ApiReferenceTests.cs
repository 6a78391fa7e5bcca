using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.IntegrationTests.Service;
using Json.Schema;

namespace Gateway.IntegrationTests.Reference;

/// <summary>
/// The API reference: the JSON Schema files checked in under docs/schemas, the examples in docs/API.md and
/// docs/schemas/examples validated against them, the gateway accepting those examples, and the page, schemas and
/// OpenAPI examples served.
/// </summary>
public sealed class ApiReferenceTests : IAsyncLifetime
{
    private static readonly string Docs = FindDocs();
    private static readonly Dictionary<string, JsonSchema> Schemas = Build();
    private static readonly JsonDocumentOptions Commented = new() { CommentHandling = JsonCommentHandling.Skip };
    private readonly string _data = Directory.CreateTempSubdirectory("gateway-reference-").FullName;
    private GatewayServer _server = null!;

    public async Task InitializeAsync() => _server = await GatewayServer.StartAsync(_data, TimeProvider.System);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    private static string FindDocs()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "docs", "API.md"))) return Path.Combine(dir.FullName, "docs");
        }
        throw new InvalidOperationException("docs/API.md not found above the test's folder");
    }

    private static Dictionary<string, JsonSchema> Build()
    {
        var options = new BuildOptions();
        var built = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        // The manifest first: the others refer to it.
        foreach (var name in new[] { "manifest", "landing-permit", "declaration", "notice" })
        {
            built[name] = JsonSchema.FromText(File.ReadAllText(Path.Combine(Docs, "schemas", name + ".schema.json")), options);
        }
        return built;
    }

    private static bool Valid(string schema, string json)
    {
        using var document = JsonDocument.Parse(json, Commented);
        return Schemas[schema].Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid;
    }

    /// <summary>Each <c>```json</c> block of docs/API.md with the schema its <c>&lt;!-- schema: NAME --&gt;</c> line names.</summary>
    public static TheoryData<string, int, string> DocExamples()
    {
        var data = new TheoryData<string, int, string>();
        var lines = File.ReadAllLines(Path.Combine(Docs, "API.md"));
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```json") continue;
            string marker = i > 0 ? lines[i - 1].Trim() : "";
            string schema = marker.StartsWith("<!-- schema: ", StringComparison.Ordinal) ? marker["<!-- schema: ".Length..^" -->".Length] : "(none)";
            var body = new StringBuilder();
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++) body.AppendLine(lines[i]);
            data.Add(schema, i, body.ToString());
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(DocExamples))]
    public void Every_json_example_in_the_api_docs_names_its_schema_and_validates_against_it(string schema, int line, string json)
    {
        Assert.True(Schemas.ContainsKey(schema), $"docs/API.md block ending at line {line}: put <!-- schema: NAME --> before it (NAME one of {string.Join(", ", Schemas.Keys)})");
        Assert.True(Valid(schema, json), $"docs/API.md block ending at line {line} does not validate against {schema}.schema.json");
    }

    [Theory]
    [InlineData("manifest")]
    [InlineData("landing-permit")]
    [InlineData("declaration")]
    [InlineData("notice")]
    public void The_example_file_validates_and_a_broken_copy_does_not(string schema)
    {
        string json = File.ReadAllText(Path.Combine(Docs, "schemas", "examples", schema + ".json"));
        Assert.True(Valid(schema, json), $"docs/schemas/examples/{schema}.json");
        var broken = JsonNode.Parse(json)!.AsObject();
        broken["unknownMember"] = 1;   // the schemas name every member the gateway reads
        Assert.False(Valid(schema, broken.ToJsonString()));
    }

    [Fact]
    public void A_traveller_with_a_sex_code_paxlst_lacks_fails_the_manifest_schema()
    {
        var list = JsonNode.Parse(File.ReadAllText(Path.Combine(Docs, "schemas", "examples", "manifest.json")))!;
        list["travellers"]![0]!["sex"] = "male";
        Assert.False(Valid("manifest", list.ToJsonString()));
    }

    [Theory]
    [InlineData("manifest", "/api/v1/manifests")]
    [InlineData("landing-permit", "/api/v1/landing-permits")]
    [InlineData("declaration", "/api/v1/declarations")]
    [InlineData("notice", "/api/v1/notices")]
    public async Task The_gateway_accepts_each_example(string schema, string route)
    {
        using var client = _server.Client("KE");
        string json = File.ReadAllText(Path.Combine(Docs, "schemas", "examples", schema + ".json"));
        var response = await client.PostAsync(new Uri(route, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, $"{route}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task The_reference_page_the_schema_files_and_the_openapi_examples_are_served()
    {
        using var client = new HttpClient { BaseAddress = _server.Address };
        var page = await client.GetAsync(new Uri("/reference/v1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("cdn.jsdelivr.net", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var name in Schemas.Keys)
        {
            var served = await client.GetAsync(new Uri($"/schemas/{name}.schema.json", UriKind.Relative));
            Assert.Equal("application/schema+json", served.Content.Headers.ContentType?.MediaType);
            Assert.Equal(File.ReadAllText(Path.Combine(Docs, "schemas", name + ".schema.json")), await served.Content.ReadAsStringAsync());
        }
        var openApi = await client.GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));
        var post = openApi.GetProperty("paths").EnumerateObject().Single(p => p.Name.TrimEnd('/') == "/api/v1/manifests").Value.GetProperty("post");
        var media = post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json");
        Assert.True(media.TryGetProperty("example", out var example), media.ToString());
        Assert.Equal("KE0702-20261122", example.GetProperty("transactionReference").GetString());
        Assert.Contains("/schemas/manifest.schema.json", post.GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
