namespace Gateway.Extensions;

/// <summary>Builds the web host: services and routes.</summary>
internal static class GatewayHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        app.MapGet("/health/live", () => TypedResults.Ok(new HealthStatus("live")));
        app.MapGet("/health/ready", () => TypedResults.Ok(new HealthStatus("ready")));
        return app;
    }
}

internal sealed record HealthStatus(string Status);
