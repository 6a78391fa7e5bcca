using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.IntegrationTests.Service;

namespace Gateway.IntegrationTests.Officers;

/// <summary>Per-carrier rate limits, security headers and error answers.</summary>
public sealed class HardeningTests : IAsyncLifetime
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));
    private readonly string _data = Directory.CreateTempSubdirectory("gateway-hardening-").FullName;
    private GatewayServer _server = null!;

    // A bucket of 3 that refills 1 a second: the 4th request at once is over the limit.
    public async Task InitializeAsync() => _server = await GatewayServer.StartAsync(_data, _clock, new Dictionary<string, string?>
    {
        ["Gateway:RateLimits:PermitsPerSecond"] = "1",
        ["Gateway:RateLimits:Burst"] = "3",
    });

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task A_carrier_over_its_rate_gets_429_with_retry_after_while_another_carrier_and_officers_are_served()
    {
        using var ke = _server.Client("KE");
        var codes = new List<HttpStatusCode>();
        for (int i = 0; i < 6; i++) codes.Add((await ke.GetAsync(new Uri("/api/v1/pnr/requests", UriKind.Relative))).StatusCode);
        Assert.Contains(HttpStatusCode.TooManyRequests, codes);
        Assert.Equal(HttpStatusCode.OK, codes[0]);
        var refused = await ke.GetAsync(new Uri("/api/v1/pnr/requests", UriKind.Relative));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());

        using var oz = _server.Client("OZ");
        Assert.Equal(HttpStatusCode.OK, (await oz.GetAsync(new Uri("/api/v1/pnr/requests", UriKind.Relative))).StatusCode);
        using var officer = _server.Officer("lee", "PIN-1", "officer");
        for (int i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(new Uri("/api/v1/hits", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Answers_carry_a_content_security_policy_and_the_page_is_served_at_the_root()
    {
        using var anonymous = new HttpClient { BaseAddress = _server.Address };
        var page = await anonymous.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        string csp = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.DoesNotContain("<script>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);   // no inline script
    }

    [Fact]
    public async Task A_malformed_review_gets_a_problem_without_a_stack_trace()
    {
        using var officer = _server.Officer("lee", "PIN-1", "officer");
        var response = await officer.PostAsync(new Uri("/api/v1/hits/h_x/review", UriKind.Relative), HitReviewTests.Json("{not json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        string body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }
}
