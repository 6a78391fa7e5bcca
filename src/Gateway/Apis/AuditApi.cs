using Gateway.Adapters.Storage;
using Gateway.Officers;
using Gateway.Security;

namespace Gateway.Apis;

/// <summary><c>GET /api/v1/audit</c> lists the audit log; <c>GET /api/v1/audit/verify</c> walks its hash chain. Admin only.</summary>
public static class AuditApi
{
    /// <summary>Maps the routes.</summary>
    public static void MapAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/audit").RequireAuthorization(OfficerRoles.AdminPolicy).WithTags("Officers: audit");
        group.MapGet("/", async (AuditStore store, long? after, int? limit, string? action, CancellationToken cancel) =>
        {
            var rows = await store.ListAsync(Math.Max(0, after ?? 0), Math.Clamp(limit ?? 100, 1, 1000), action, cancel);
            return TypedResults.Ok(new AuditPage(rows.Count > 0 ? rows[^1].Sequence : after ?? 0, ValueList.Of([.. rows.Select(AuditLog.View)])));
        }).Produces<AuditPage>();
        group.MapGet("/verify", async (AuditStore store, CancellationToken cancel) =>
        {
            var (count, broken, why) = await store.VerifyAsync(cancel);
            return TypedResults.Ok(new AuditVerification(broken is null, count, broken, why));
        }).Produces<AuditVerification>();
    }
}
