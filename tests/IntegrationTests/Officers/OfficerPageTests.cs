using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.IntegrationTests.Service;
using Gateway.Officers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Gateway.IntegrationTests.Officers;

/// <summary>
/// The officer page in headless Chromium: sign in, a listed passenger arrives and the hit appears without a reload, the
/// officer reads the explanation and dismisses it, and the carrier's feed shows the change. Screenshots go to the test
/// output folder (screenshots/).
/// </summary>
public sealed class OfficerPageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));
    private readonly string _data = Directory.CreateTempSubdirectory("gateway-page-").FullName;
    private readonly string _shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
    private GatewayServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await GatewayServer.StartAsync(_data, _clock);
        Directory.CreateDirectory(_shots);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [ChromiumFact]
    public async Task An_officer_sees_a_new_hit_live_reads_why_it_fired_and_dismisses_it_and_the_carrier_is_told()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.Response += (_, r) => { if (r.Status >= 400) errors.Add($"{r.Status} {r.Url}"); };
        await page.GotoAsync(_server.Address.ToString());

        await page.FillAsync("#token", _server.Token("lee", "PIN-1", "officer"));
        await page.ClickAsync("#signinButton");
        await page.WaitForSelectorAsync("#live.on", new PageWaitForSelectorOptions { Timeout = 15_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_shots, "1-signed-in.png") });

        using var carrier = _server.Client("KE");
        var list = ServiceTests.List("TX-P1",
            ServiceTests.Passenger("VOLKOV", "DMITRI", "1975-05-05", "RUS", "RU1234567", "2030-01-01", "RUS", "501"),
            ServiceTests.Passenger("PARK", "SOYEON", "1995-07-07", "KOR", "M11112222", "2032-01-15", "KOR", "502"));
        var posted = await carrier.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative), HitReviewTests.Json(list));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);

        // No reload: the row arrives over the event stream.
        var row = page.Locator("#rows .row", new PageLocatorOptions { HasTextString = "VOLKOV" });
        await row.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_shots, "2-hit-arrived.png") });
        await row.ClickAsync();
        await page.WaitForSelectorAsync("table.explanation");
        string explanation = await page.TextContentAsync("#detail") ?? "";
        Assert.Contains("Why it fired", explanation, StringComparison.Ordinal);
        Assert.Contains("KR-EB-0001", explanation, StringComparison.Ordinal);
        Assert.Contains("1975-05-05", explanation, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_shots, "3-hit-detail.png") });

        await page.ClickAsync("#lang");
        Assert.Contains("적중 근거", await page.TextContentAsync("#detail"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_shots, "4-hit-detail-ko.png") });
        await page.ClickAsync("#lang");

        long cursor = (await carrier.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/iapi/updates?after=0&wait=5", UriKind.Relative))).GetProperty("next").GetInt64();
        await page.FillAsync("#note", "different person: passport photo and birth place differ");
        await page.ClickAsync("#dismissButton");
        await page.WaitForSelectorAsync("#detail .badge.st-dismissed");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_shots, "5-dismissed.png") });

        var feed = await carrier.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/iapi/updates?after={cursor}&wait=10", UriKind.Relative));
        var update = Assert.Single(feed.GetProperty("updates").EnumerateArray());
        Assert.Equal(("VOLKOV", "0Z"), (update.GetProperty("surname").GetString(), update.GetProperty("code").GetString()));
        Assert.Empty(errors);
    }

    [ChromiumFact]
    public async Task A_queue_of_thousands_of_hits_keeps_only_the_visible_rows_in_the_page()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        await page.GotoAsync(_server.Address.ToString());
        await page.FillAsync("#token", _server.Token("lee", "PIN-1", "officer"));
        await page.ClickAsync("#signinButton");
        await page.WaitForSelectorAsync("#live.on", new PageWaitForSelectorOptions { Timeout = 15_000 });

        const int count = 5000;
        var start = _clock.Now;
        var hits = Enumerable.Range(0, count).Select(i => new HitSummary($"h_{i:D6}", $"KE{700 + i % 50}/261122", "entry-ban", "entry-ban", i % 3 == 0 ? "hold" : "review",
            0.80 + i % 20 / 100.0, "open", $"SURNAME{i:D4}", "GIVEN", "1980-01-01", "KOR", "LISTED NAME", start.AddSeconds(i), start.AddSeconds(i))).ToArray();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        _server.Services.GetRequiredService<HitStream>().Publish(hits);
        // Waits through locators: the page's CSP forbids the string evaluation WaitForFunction uses.
        await Assertions.Expect(page.Locator("#count")).ToHaveTextAsync("5000 hits", new LocatorAssertionsToHaveTextOptions { Timeout = 30_000 });
        output.WriteLine($"{count} hits streamed and listed in {watch.ElapsedMilliseconds} ms (headless Chromium, 2 cores; information only)");

        Assert.InRange(await page.Locator("#rows .row").CountAsync(), 10, 80);   // virtual rows: only those in view exist
        Assert.Contains("SURNAME4999", await page.TextContentAsync("#rows"), StringComparison.Ordinal);   // newest first
        await page.FocusAsync("#viewport");
        await page.Keyboard.PressAsync("End");
        await Assertions.Expect(page.Locator("#rows")).ToContainTextAsync("SURNAME0000", new LocatorAssertionsToContainTextOptions { Timeout = 10_000 });
        await page.FillAsync("#textFilter", "SURNAME1234");
        await Assertions.Expect(page.Locator("#count")).ToHaveTextAsync("1 hit", new LocatorAssertionsToHaveTextOptions { Timeout = 10_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_shots, "6-five-thousand-filtered.png") });
    }
}
