using System.Text;
using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.Json;
using Gateway.Officers;
using Gateway.Security;

namespace Gateway.Apis;

/// <summary>
/// PNR for designated officers only (Act 73-2(4)): <c>GET /api/v1/pnr</c> searches, <c>GET /api/v1/pnr/{id}</c> reads one
/// push. Every search and read needs a stated purpose (<c>?purpose=</c> or <c>X-Purpose</c>) and is written to the audit log
/// with the officer's id and personal identification number (Decree 85(2)) before any data is returned.
/// </summary>
public static class PnrReadApi
{
    private const string PushKind = "pnr-push";
    private const int SearchWindow = 1000;

    /// <summary>Maps the routes.</summary>
    public static void MapPnrReadApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/pnr").RequireAuthorization(OfficerRoles.PnrPolicy).WithTags("Officers: PNR");
        group.MapGet("/", Search).Produces<PnrSearchPage>().ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", Read).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Search(HttpContext http, IGatewayStore store, AuditLog audit, string? flight, string? name, string? locator,
        CancellationToken cancel)
    {
        // PNR is personal data: no cache (browser, proxy) may keep a search answer, nor a refusal of one.
        http.Response.Headers.CacheControl = "no-store";
        if (Purpose(http) is not { } purpose) return NoPurpose();
        string query = $"flight={flight};name={name};locator={locator}";
        await audit.RecordAsync(Officer.From(http.User), AuditLog.PnrSearch, query, purpose, null, cancel);
        var found = new List<PnrSummary>();
        foreach (var doc in await store.ListDocumentsAsync(PushKind, null, SearchWindow, cancel))
        {
            var push = JsonSerializer.Deserialize(doc.Json, GatewayJsonContext.Default.PnrPush)!;
            string key = PnrApi.FlightKey(push.Flight);
            if (flight is { Length: > 0 } f && key != f.ToUpperInvariant() && !key.StartsWith(f.ToUpperInvariant() + "/", StringComparison.Ordinal)) continue;
            var names = push.Pnrs.SelectMany(p => p.Travellers).Select(t => (t.Name.Surname + " " + t.Name.GivenName).Trim()).ToArray();
            var locators = push.Pnrs.Select(p => p.RecordLocator).OfType<string>().ToArray();
            if (name is { Length: > 0 } n && !names.Any(x => x.StartsWith(n, StringComparison.OrdinalIgnoreCase))) continue;
            if (locator is { Length: > 0 } l && !locators.Contains(l, StringComparer.OrdinalIgnoreCase)) continue;
            found.Add(new PnrSummary(doc.Id, doc.Carrier, key, doc.CreatedAt, push.Pnrs.Count, ValueList.Of(locators), ValueList.Of(names)));
        }
        return TypedResults.Ok(new PnrSearchPage(purpose, ValueList.Of([.. found])));
    }

    private static async Task<IResult> Read(string id, HttpContext http, IGatewayStore store, AuditLog audit, CancellationToken cancel)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (Purpose(http) is not { } purpose) return NoPurpose();
        var doc = await store.GetDocumentAsync(PushKind, id, cancel);
        // The attempt is logged whether or not the PNR exists: probing for PNR is itself an access.
        await audit.RecordAsync(Officer.From(http.User), AuditLog.PnrRead, id, purpose, doc is null ? "not found" : null, cancel);
        if (doc is null) return Problems.NotFound($"PNR push {id}");
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("id", doc.Id);
            w.WriteString("carrier", doc.Carrier);
            w.WriteString("received", doc.CreatedAt);
            w.WriteString("purpose", purpose);
            w.WritePropertyName("push");
            w.WriteRawValue(doc.Json);
            w.WriteEndObject();
        }
        return TypedResults.Text(Encoding.UTF8.GetString(buffer.ToArray()), "application/json");
    }

    private static string? Purpose(HttpContext http)
    {
        string? purpose = http.Request.Query["purpose"].FirstOrDefault() ?? http.Request.Headers["X-Purpose"].FirstOrDefault();
        return purpose?.Trim() is { Length: >= 3 and <= 500 } p ? p : null;
    }

    private static IResult NoPurpose() => TypedResults.Problem(
        "state the purpose of this PNR access (?purpose=… or the X-Purpose header, 3 to 500 characters); it is kept in the audit log",
        statusCode: StatusCodes.Status400BadRequest, title: "Purpose required");
}

/// <summary>One PNR push found by a search.</summary>
public sealed record PnrSummary(string Id, string Carrier, string FlightKey, DateTimeOffset Received, int Pnrs, ValueList<string> Locators, ValueList<string> Travellers);

/// <summary>The answer to a PNR search.</summary>
public sealed record PnrSearchPage(string Purpose, ValueList<PnrSummary> Pushes);
