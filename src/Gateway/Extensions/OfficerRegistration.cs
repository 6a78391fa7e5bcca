using Gateway.Adapters.Storage;
using Gateway.Apis;
using Gateway.Officers;
using Gateway.Options;
using Gateway.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace Gateway.Extensions;

/// <summary>Registration of officer sign-in, roles and policies (docs/OFFICERS.md).</summary>
internal static class OfficerRegistration
{
    public static void AddOfficerServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<OfficerOptions>().BindConfiguration("Gateway:Officers")
            .Validate(o => o.UsesDevelopmentIssuer || !string.IsNullOrEmpty(o.Authority) || !string.IsNullOrEmpty(o.MetadataAddress),
                "Gateway:Officers: set Authority (the OIDC provider) or turn DevelopmentIssuer on")
            .Validate(o => o.KeyRefreshMinutes >= 5 && o.KeyRefetchSeconds >= 1, "Gateway:Officers: KeyRefreshMinutes must be at least 5 and KeyRefetchSeconds at least 1")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<OfficerOptions>>().Value);
        services.AddSingleton(sp => new DevelopmentIssuer(sp.GetRequiredService<GatewayOptions>().DataFolder));
        services.AddSingleton<OfficerBearerEvents>();
        services.AddSingleton<StreamTickets>();
        services.AddSingleton(sp => Dialect(sp.GetRequiredService<IGatewayStore>()));
        services.AddSingleton(sp => new HitStore(sp.GetRequiredService<SqlDialect>()));
        services.AddSingleton(sp => new AuditStore(sp.GetRequiredService<SqlDialect>()));
        services.AddSingleton<AuditLog>();
        services.AddSingleton<HitStream>();
        services.AddSingleton<HitRecorder>();
        services.AddSingleton<HitReviews>();
        services.AddOptions<RetentionOptions>().BindConfiguration("Gateway:Retention")
            .Validate(r => r.ReportMaskDays <= r.ReportDeleteDays && r.PnrMaskDays <= r.PnrDeleteDays && r.PnrMaskDays >= 0,
                "Gateway:Retention: each mask period must be at most its delete period")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<RetentionOptions>>().Value);
        services.AddSingleton(sp => new RetentionStore(sp.GetRequiredService<SqlDialect>()));
        services.AddSingleton<Retention>();
        services.AddHostedService(sp => sp.GetRequiredService<Retention>());
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Add(OfficerJsonContext.Default));
        services.AddCarrierRateLimits();
        // A token signed with a key the gateway does not hold yet (the provider rotated) waits for the JWKS fetched again and
        // is accepted in the same request, instead of being refused while the library refreshes in the background.
        AppContext.SetSwitch(OfficerAuth.BlockingRefreshSwitch, true);
        services.AddAuthentication(OfficerAuth.SchemeName).AddJwtBearer(OfficerAuth.SchemeName);
        services.AddOptions<JwtBearerOptions>(OfficerAuth.SchemeName).Configure<OfficerOptions, IServiceProvider>((o, options, sp) => OfficerAuth.Configure(o, options, sp));
        services.AddAuthorizationBuilder()
            .AddPolicy(OfficerRoles.AnyPolicy, p => p.RequireRole(OfficerRoles.All))
            .AddPolicy(OfficerRoles.ReviewPolicy, p => p.RequireRole(OfficerRoles.Officer, OfficerRoles.PnrOfficer))
            .AddPolicy(OfficerRoles.PnrPolicy, p => p.RequireRole(OfficerRoles.PnrOfficer))
            .AddPolicy(OfficerRoles.AdminPolicy, p => p.RequireRole(OfficerRoles.Admin));
    }

    public static void UseOfficerPipeline(this WebApplication app)
    {
        // Made now, so that the development issuer's key exists for `gateway token` as soon as the service has started.
        if (app.Services.GetRequiredService<OfficerOptions>().UsesDevelopmentIssuer) _ = app.Services.GetRequiredService<DevelopmentIssuer>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
    }

    public static void MapOfficerApis(this WebApplication app)
    {
        app.MapHitsApi();
        app.MapPnrReadApi();
        app.MapAuditApi();
        app.MapOfficerPage();
        if (app.Services.GetRequiredService<OfficerOptions>().UsesDevelopmentIssuer) app.MapDevelopmentIssuer();
    }

    private static SqlDialect Dialect(IGatewayStore store) => store is SqlGatewayStore sql
        ? sql.Dialect
        : throw new InvalidOperationException("the officer stores need the SQL store");
}
