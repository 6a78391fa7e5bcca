using System.Reflection;

namespace Gateway.Officers;

/// <summary>
/// The officer page at <c>/</c>: three static files compiled into the assembly (no build step, no CDN), served with a
/// strict Content-Security-Policy (scripts and styles from this origin only, no inline code, no framing).
/// </summary>
public static class OfficerPage
{
    /// <summary>The page's policy; the API's answers carry it too (it costs nothing there).</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly (string Path, string Resource, string Type)[] Files =
    [
        ("/", "Gateway.Officers.Page.index.html", "text/html; charset=utf-8"),
        ("/officer/officer.js", "Gateway.Officers.Page.officer.js", "text/javascript; charset=utf-8"),
        ("/officer/officer.css", "Gateway.Officers.Page.officer.css", "text/css; charset=utf-8"),
    ];

    /// <summary>Maps the page's files.</summary>
    public static void MapOfficerPage(this IEndpointRouteBuilder app)
    {
        foreach (var (path, resource, type) in Files)
        {
            byte[] bytes = Read(resource);
            app.MapGet(path, (HttpContext http) =>
            {
                http.Response.Headers.CacheControl = "no-cache";
                return TypedResults.Bytes(bytes, type);
            }).ExcludeFromDescription();
        }
    }

    private static byte[] Read(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the officer page resource {resource} is missing from the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
