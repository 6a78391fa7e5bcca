using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Gateway.Apis;

/// <summary>
/// The API reference a carrier's engineer reads: the OpenAPI document rendered by Scalar at <c>/reference</c> (its script
/// served from the assembly, no CDN), and the JSON Schema files of the JSON formats at <c>/schemas/…</c> — the files
/// checked in under docs/schemas, compiled into the service. Each JSON request body in the OpenAPI document carries its
/// example (docs/schemas/examples) and a link to its schema.
/// </summary>
internal static class ApiReference
{
    /// <summary>The page's route.</summary>
    public const string PagePath = "/reference";

    /// <summary>The schema files' route prefix.</summary>
    public const string SchemasPath = "/schemas";

    /// <summary>The page's policy: Scalar's page has inline script and style; everything else stays on this origin.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; font-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Request routes whose JSON body has a schema, by route.</summary>
    private static readonly Dictionary<string, string> Bodies = new(StringComparer.Ordinal)
    {
        ["api/v1/manifests"] = "manifest",
        ["api/v1/iapi"] = "manifest",
        ["api/v1/landing-permits"] = "landing-permit",
        ["api/v1/declarations"] = "declaration",
        ["api/v1/notices"] = "notice",
    };

    /// <summary>The schema names (<c>manifest</c> → <c>/schemas/manifest.schema.json</c>).</summary>
    public static IEnumerable<string> Schemas => Bodies.Values.Distinct(StringComparer.Ordinal);

    public static void AddApiReference(this IServiceCollection services) =>
        services.AddOpenApi(o => o.AddOperationTransformer((operation, context, _) =>
        {
            string route = (context.Description.RelativePath ?? "").TrimEnd('/');
            if (context.Description.HttpMethod == "POST" && Bodies.TryGetValue(route, out var name)
                && operation.RequestBody?.Content is { } content && content.TryGetValue("application/json", out var json) && json is OpenApiMediaType media)
            {
                media.Example = JsonNode.Parse(Read($"Gateway.JsonSchemas.examples.{name}.json"));
                operation.Description = (operation.Description is { Length: > 0 } d ? d + "\n\n" : "")
                    + $"JSON body: [{name}.schema.json]({SchemasPath}/{name}.schema.json) (JSON Schema 2020-12; the example below validates against it).";
            }
            return Task.CompletedTask;
        }));

    public static void MapApiReference(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference(PagePath, o => o.WithTitle("Gateway API reference").WithOpenApiRoutePattern("/openapi/{documentName}.json").DisableDefaultFonts());
        foreach (var name in Schemas)
        {
            byte[] schema = System.Text.Encoding.UTF8.GetBytes(Read($"Gateway.JsonSchemas.{name}.schema.json"));
            app.MapGet($"{SchemasPath}/{name}.schema.json", () => TypedResults.Bytes(schema, "application/schema+json")).ExcludeFromDescription();
        }
    }

    private static string Read(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the resource {resource} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
