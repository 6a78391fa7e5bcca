using Gateway.Adapters.Storage;
using Gateway.Pipeline;
using Gateway.Security;
using Gateway.Submissions;
using Microsoft.AspNetCore.Authentication;

namespace Gateway.Apis;

/// <summary>
/// Reading PNR requests: <c>GET /api/v1/pnr/requests/{id}</c> (the <c>Location</c> of a request: its carrier, with its key,
/// or a designated PNR officer) and <c>GET /api/v1/pnr/requests/overdue</c> (officers: every request that missed its
/// Decree 85(3) deadline, still outstanding or answered late, with the finding and article).
/// </summary>
public static class PnrRequestsApi
{
    /// <summary>Maps the routes.</summary>
    public static void MapPnrRequestReads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/pnr/requests/overdue", Overdue).RequireAuthorization(OfficerRoles.PnrPolicy).WithTags("Officers: PNR")
            .Produces<IReadOnlyList<PnrRequestView>>();
        app.MapGet("/api/v1/pnr/requests/{id}", Get).WithTags("PNR").Produces<PnrRequestView>()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Get(string id, HttpContext http, IGatewayStore store, CarrierKeys keys, TimeProvider clock, CancellationToken cancel)
    {
        // The carrier the request is addressed to reads it with its key; the officers who ask for PNR follow it with their token.
        string? carrier = keys.Carrier(http.Request.Headers[CarrierAuth.Header]);
        if (carrier is null)
        {
            var officer = await http.AuthenticateAsync();
            if (!officer.Succeeded)
            {
                return Problems.Unauthorized($"a carrier API key in {CarrierAuth.Header} or a {OfficerRoles.PnrOfficer} token (Authorization: Bearer) is required");
            }
            if (!officer.Principal.IsInRole(OfficerRoles.PnrOfficer))
            {
                return TypedResults.Problem($"the {OfficerRoles.PnrOfficer} role is required", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
            }
        }
        var doc = await store.GetDocumentAsync(PnrRequests.Kind, id, cancel);
        if (doc is null || (carrier is not null && doc.Carrier != carrier)) return Problems.NotFound($"PNR request {id}");
        return TypedResults.Ok(PnrRequests.AsOf(PnrRequests.Read(doc), clock.GetUtcNow()));
    }

    private static async Task<IResult> Overdue(IGatewayStore store, TimeProvider clock, CancellationToken cancel)
    {
        var now = clock.GetUtcNow();
        var docs = await store.ListDocumentsAsync(PnrRequests.Kind, null, PnrRequests.Window, cancel);
        IReadOnlyList<PnrRequestView> missed = [.. docs.Select(d => PnrRequests.AsOf(PnrRequests.Read(d), now))
            .Where(r => r.Status == PnrRequests.Overdue || r.MetDeadline == false)
            .OrderBy(r => r.Deadline)];
        return TypedResults.Ok(missed);
    }
}
