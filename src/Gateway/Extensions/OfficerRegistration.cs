using Gateway.Adapters.Storage;
using Gateway.Apis;
using Gateway.Officers;
using Gateway.Options;
using Gateway.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Gateway.Extensions;

/// <summary>Registration of officer sign-in, roles and policies (docs/OFFICERS.md).</summary>
internal static class OfficerRegistration
{
    public static void AddOfficerServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<OfficerOptions>().BindConfiguration("Gateway:Officers").ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<OfficerOptions>>().Value);
        services.AddSingleton(sp => new SigningKeys(sp.GetRequiredService<OfficerOptions>(), sp.GetRequiredService<GatewayOptions>().DataFolder));
        services.AddSingleton<OfficerTokens>();
        services.AddSingleton<StreamTickets>();
        services.AddSingleton(sp => Dialect(sp.GetRequiredService<IGatewayStore>()));
        services.AddSingleton(sp => new HitStore(sp.GetRequiredService<SqlDialect>()));
        services.AddSingleton(sp => new AuditStore(sp.GetRequiredService<SqlDialect>()));
        services.AddSingleton<AuditLog>();
        services.AddSingleton<HitStream>();
        services.AddSingleton<HitRecorder>();
        services.AddSingleton<HitReviews>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Add(OfficerJsonContext.Default));
        services.AddAuthentication(OfficerAuthHandler.SchemeName).AddScheme<AuthenticationSchemeOptions, OfficerAuthHandler>(OfficerAuthHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(OfficerRoles.AnyPolicy, p => p.RequireRole(OfficerRoles.All))
            .AddPolicy(OfficerRoles.ReviewPolicy, p => p.RequireRole(OfficerRoles.Officer, OfficerRoles.PnrOfficer))
            .AddPolicy(OfficerRoles.PnrPolicy, p => p.RequireRole(OfficerRoles.PnrOfficer))
            .AddPolicy(OfficerRoles.AdminPolicy, p => p.RequireRole(OfficerRoles.Admin));
    }

    public static void UseOfficerPipeline(this WebApplication app)
    {
        // Resolved now so that a bad key configuration stops the start, and the development secret exists for `gateway token`.
        _ = app.Services.GetRequiredService<SigningKeys>();
        app.UseAuthentication();
        app.UseAuthorization();
    }

    public static void MapOfficerApis(this WebApplication app)
    {
        app.MapHitsApi();
        app.MapPnrReadApi();
        app.MapAuditApi();
        app.MapOfficerPage();
    }

    private static SqlDialect Dialect(IGatewayStore store) => store is SqlGatewayStore sql
        ? sql.Dialect
        : throw new InvalidOperationException("the officer stores need the SQL store");
}
