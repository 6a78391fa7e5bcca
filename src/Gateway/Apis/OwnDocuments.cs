using Gateway.Adapters.Storage;
using Gateway.Security;

namespace Gateway.Apis;

/// <summary>Reads of what a carrier filed (the <c>Location</c> of its <c>201</c>): its own documents only.</summary>
internal static class OwnDocuments
{
    /// <summary>The caller's own stored document as JSON; an unknown id and another carrier's id both answer 404.</summary>
    public static async Task<IResult> ReadAsync(IGatewayStore store, HttpContext http, string kind, string id, string what, CancellationToken cancel)
    {
        var doc = await store.GetDocumentAsync(kind, id, cancel);
        if (doc is null || doc.Carrier != http.Carrier()) return Problems.NotFound($"{what} {id}");
        // Stored as the API's JSON: no second round through the serializer.
        return TypedResults.Text(doc.Json, "application/json");
    }
}
