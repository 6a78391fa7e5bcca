using Gateway.Adapters.Storage;
using Gateway.Apis;
using Gateway.Adapters.Streaming;
using Gateway.Domain.Decisions;
using Gateway.Json;
using Gateway.Options;
using Gateway.Pipeline;
using Gateway.Screening;
using Gateway.Security;
using Gateway.Submissions;
using Microsoft.Extensions.Options;

namespace Gateway.Extensions;

/// <summary>Registration of everything the gateway runs.</summary>
internal static class ServiceRegistration
{
    public static void AddGatewayServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GatewayOptions>().BindConfiguration("Gateway")
            .PostConfigure(ConfiguredPaths.ResolveIn)
            .Validate(o => o.Screening.Problem() is null, "Gateway:Screening is invalid (thresholds must satisfy 0 < Secondary <= Review <= Hold <= 1; see docs/SCREENING.md)")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<GatewayOptions>, GatewayOptionsValidation>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<GatewayOptions>>().Value);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IGatewayStore>(sp => CreateStore(sp.GetRequiredService<GatewayOptions>()));
        services.AddSingleton(sp => new GroupCommitter(sp.GetRequiredService<IGatewayStore>()));
        services.AddSingleton<CarrierKeys>();
        services.AddSingleton<WatchListHost>();
        services.AddSingleton<TravellerScreening>();
        services.AddSingleton(sp => new BoardingPolicy(sp.GetRequiredService<GatewayOptions>().Decisions));
        services.AddSingleton(sp => new LandingPolicy(sp.GetRequiredService<GatewayOptions>().Decisions));
        services.AddSingleton<ReportFiling>();
        services.AddSingleton<FlightLocks>();
        services.AddSingleton<ManifestService>();
        services.AddSingleton<InteractiveService>();
        services.AddSingleton<UpdateFeed>();
        services.AddSingleton<Backpressure>();
        services.AddSingleton<ReportScreening>();
        services.AddStreaming();
        services.AddHttpClient(WebhookDelivery.ClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddHostedService<WebhookDelivery>();
        services.AddSingleton<PnrDeadlineWatch>();
        services.AddHostedService(sp => sp.GetRequiredService<PnrDeadlineWatch>());
        services.AddProblemDetails();
        services.AddExceptionHandler<StoreUnavailableHandler>();
        services.AddApiReference();
        services.AddExceptionHandler<BadRequestBodyHandler>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, GatewayJsonContext.Default));
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = BadRequestBodyHandler.MaxBodyBytes);
        builder.AddOfficerServices();
        builder.AddCarrierCertificates();
    }

    public static void UseGatewayPipeline(this WebApplication app)
    {
        // Set as the answer starts, so that answers the exception handler writes (it clears the headers first) keep them.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(SecurityHeaders, context);
            return next();
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseOfficerPipeline();
        var store = app.Services.GetRequiredService<IGatewayStore>();
        store.MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        var keys = app.Services.GetRequiredService<CarrierKeys>();
        foreach (var (who, key) in keys.DevelopmentKeys)
        {
            Console.WriteLine($"development API key for {who}: {key}");
        }
        // Loaded now, not at the first request: a required list that is absent stops the start, and the summary says what screening runs against.
        Console.WriteLine(app.Services.GetRequiredService<WatchListHost>().Summary());
        app.Lifetime.ApplicationStopping.Register(() => app.Services.GetRequiredService<GroupCommitter>().DisposeAsync().AsTask().GetAwaiter().GetResult());
    }

    private static Task SecurityHeaders(object state)
    {
        var context = (HttpContext)state;
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(ApiReference.PagePath, StringComparison.Ordinal)
            ? ApiReference.ContentSecurityPolicy : Officers.OfficerPage.ContentSecurityPolicy;
        return Task.CompletedTask;
    }

    private static IGatewayStore CreateStore(GatewayOptions options)
    {
        if (string.Equals(options.Store, "postgres", StringComparison.OrdinalIgnoreCase))
        {
            return new SqlGatewayStore(new PostgresDialect(options.PostgresConnectionString
                ?? throw new InvalidOperationException("Gateway:PostgresConnectionString is required when Gateway:Store is postgres")));
        }
        Directory.CreateDirectory(options.DataFolder);
        return new SqlGatewayStore(new SqliteDialect(Path.Combine(options.DataFolder, "gateway.db")));
    }
}
