using Gateway.Apis;
using Gateway.Options;

namespace Gateway.Extensions;

/// <summary>Builds the web host: services, then routes.</summary>
internal static class GatewayHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.AddGatewayServices();
        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseGatewayPipeline();
        app.MapHealthApi();
        // A worker (Gateway:Role) runs the screening consumer and answers health checks only.
        if (!GatewayRoles.ServesApi(app.Services.GetRequiredService<GatewayOptions>().Role)) return app;
        app.MapManifestsApi();
        app.MapIapiApi();
        app.MapWatchlistsApi();
        app.MapDeclarationsApi();
        app.MapNoticesApi();
        app.MapPnrApi();
        app.MapLandingApi();
        app.MapOfficerApis();
        app.MapApiReference();
        return app;
    }
}

/// <summary>A health answer.</summary>
public sealed record HealthStatus(string Status);
