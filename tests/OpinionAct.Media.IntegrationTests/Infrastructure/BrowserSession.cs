using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>
/// Debian's chromium, headless, driven by Playwright, against a <see cref="MediaHost"/> listening on a real loopback
/// port (a browser cannot reach the in-memory test server). Pages identify as a desktop Chrome: the tracker's events
/// from a headless user agent are dropped as a robot's, which is right for robots and wrong for this test.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(IPlaywright playwright, IBrowser browser, string origin)
    {
        _playwright = playwright;
        _browser = browser;
        Origin = origin;
    }

    public static bool Available => File.Exists(ChromiumPath);

    /// <summary>The host's address, <c>http://127.0.0.1:PORT</c>.</summary>
    public string Origin { get; }

    /// <summary>Starts <paramref name="host"/> on a free loopback port (before anything else used it) and launches the browser.</summary>
    public static async Task<BrowserSession> StartAsync(MediaHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        host.UseKestrel(0);
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a)).First(a => a.Scheme == "http");
        return await LaunchAsync($"http://127.0.0.1:{address.Port}");
    }

    /// <summary>Launches the browser for a host that already listens at <paramref name="origin"/>.</summary>
    public static async Task<BrowserSession> LaunchAsync(string origin)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = Arguments });
        return new BrowserSession(playwright, browser, origin);
    }

    /// <summary>A fresh context (no cookies) and page of the given size.</summary>
    public async Task<IPage> PageAsync(int width = 1280, int height = 800)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            UserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "fr-FR",
        });
        // The whole suite shares two cores in CI: waits are generous, since a slow answer is not what these tests check.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
