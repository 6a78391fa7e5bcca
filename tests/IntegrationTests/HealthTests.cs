using System.Net;
using Gateway.Extensions;
using Microsoft.AspNetCore.Builder;

namespace Gateway.IntegrationTests;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_routes_answer_on_a_real_kestrel()
    {
        await using var app = GatewayHost.Build(["--urls", "http://127.0.0.1:0"]);
        await app.StartAsync();
        var address = app.Urls.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
        await app.StopAsync();
    }
}
