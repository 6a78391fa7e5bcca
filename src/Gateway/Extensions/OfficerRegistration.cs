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
}
