using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.IntegrationTests.Streaming;

/// <summary>
/// A Schema Registry endpoint served inside the test on 127.0.0.1: the REST calls Confluent's registry client makes for
/// Avro serialization and deserialization — register a schema as a new version of a subject
/// (<c>POST /subjects/{subject}/versions</c>), look a schema up in a subject (<c>POST /subjects/{subject}</c>), fetch a
/// schema by its id (<c>GET /schemas/ids/{id}</c>) and a subject's latest version — with the registry's semantics that
/// one schema text has one id across subjects. Every request is recorded; anything else is answered 404 and recorded
/// as unexpected. Not a registry: no compatibility checks, no persistence.
/// </summary>
internal sealed class InTestSchemaRegistry : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, string> _schemas = new();
    private readonly ConcurrentDictionary<string, List<int>> _subjects = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    private InTestSchemaRegistry(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    /// <summary>Requests as <c>METHOD path</c>, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Requests the registry does not serve.</summary>
    public ConcurrentQueue<string> Unexpected { get; } = new();

    /// <summary>The schema text registered under an id.</summary>
    public string SchemaById(int id) => _schemas[id];

    /// <summary>The ids registered under a subject, oldest first.</summary>
    public IReadOnlyList<int> Versions(string subject)
    {
        lock (_gate) return _subjects.TryGetValue(subject, out var ids) ? [.. ids] : [];
    }

    public static async Task<InTestSchemaRegistry> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var registry = new InTestSchemaRegistry(app);
        app.Use(async (http, next) =>
        {
            registry.Requests.Enqueue($"{http.Request.Method} {http.Request.Path}");
            await next(http);
        });
        app.MapPost("/subjects/{subject}/versions", registry.Register);
        app.MapPost("/subjects/{subject}", registry.Lookup);
        app.MapGet("/schemas/ids/{id:int}", (int id) => registry._schemas.TryGetValue(id, out var schema)
            ? Results.Json(new JsonObject { ["schema"] = schema })
            : NotFound(40403, $"Schema {id} not found"));
        app.MapGet("/subjects/{subject}/versions/latest", (string subject) => registry.Latest(subject));
        app.MapFallback((HttpContext http) =>
        {
            registry.Unexpected.Enqueue($"{http.Request.Method} {http.Request.Path}{http.Request.QueryString}");
            return NotFound(404, "not served by the in-test registry");
        });
        await app.StartAsync();
        registry.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return registry;
    }

    private async Task<IResult> Register(string subject, HttpRequest request)
    {
        string schema = await SchemaOf(request);
        lock (_gate)
        {
            int id = _ids.GetOrAdd(schema, _ => _ids.Count + 1);
            _schemas[id] = schema;
            var versions = _subjects.GetOrAdd(subject, _ => []);
            if (!versions.Contains(id)) versions.Add(id);
            return Results.Json(new JsonObject { ["id"] = id });
        }
    }

    private async Task<IResult> Lookup(string subject, HttpRequest request)
    {
        string schema = await SchemaOf(request);
        lock (_gate)
        {
            if (!_ids.TryGetValue(schema, out int id) || !_subjects.TryGetValue(subject, out var versions) || !versions.Contains(id))
            {
                return NotFound(40403, "Schema not found");
            }
            return Results.Json(Version(subject, versions.IndexOf(id) + 1, id));
        }
    }

    private IResult Latest(string subject)
    {
        lock (_gate)
        {
            return _subjects.TryGetValue(subject, out var versions) && versions.Count > 0
                ? Results.Json(Version(subject, versions.Count, versions[^1]))
                : NotFound(40401, $"Subject {subject} not found");
        }
    }

    private JsonObject Version(string subject, int version, int id) =>
        new() { ["subject"] = subject, ["version"] = version, ["id"] = id, ["schema"] = _schemas[id] };

    private static async Task<string> SchemaOf(HttpRequest request)
    {
        using var body = await JsonDocument.ParseAsync(request.Body);
        return body.RootElement.GetProperty("schema").GetString()!;
    }

    private static IResult NotFound(int code, string message) =>
        Results.Json(new JsonObject { ["error_code"] = code, ["message"] = message }, statusCode: 404);

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
