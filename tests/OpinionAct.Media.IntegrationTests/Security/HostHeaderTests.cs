using System.Net;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Security;

/// <summary>Absolute links (canonical, og:url, feeds, sitemap, robots.txt) come from configuration, never from the client's Host header.</summary>
public sealed class HostHeaderTests : IAsyncLifetime
{
    private static readonly string[] PublicPaths = ["/", "/isoler-les-combles", "/feed.xml", "/atom.xml", "/sitemap.xml", "/robots.txt"];

    private TestStorage _storage = null!;

    public async Task InitializeAsync() => _storage = await TestStorage.CreateAsync();

    public Task DisposeAsync() => _storage.DisposeAsync().AsTask();

    [Fact]
    public async Task Absolute_links_should_use_the_local_origin_when_a_client_forges_the_host_and_nothing_is_configured()
    {
        await using var host = new MediaHost(_storage);
        await SeedAsync(host, prefix: "hh");

        var pages = await FetchAsync(host.Client("evil.example"), "/hh");

        Assert.All(pages, page => Assert.DoesNotContain("evil.example", page.Value, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/hh/isoler-les-combles\">", pages["/isoler-les-combles"], StringComparison.Ordinal);
        Assert.Contains("property=\"og:url\" content=\"http://localhost/hh/isoler-les-combles\"", pages["/isoler-les-combles"], StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/hh/sitemap.xml", pages["/robots.txt"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Absolute_links_should_use_the_configured_public_origin_when_a_client_forges_the_host()
    {
        await using var host = new MediaHost(_storage, new Dictionary<string, string?> { ["Media:PublicOrigin"] = "https://media.example.com" });
        await SeedAsync(host, prefix: "hh");

        var pages = await FetchAsync(host.Client("evil.example"), "/hh");
        var local = await FetchAsync(host.Client(), "/hh");

        Assert.All(pages, page => Assert.DoesNotContain("evil.example", page.Value, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<link rel=\"canonical\" href=\"https://media.example.com/hh/isoler-les-combles\">", pages["/isoler-les-combles"], StringComparison.Ordinal);
        Assert.Contains("<loc>https://media.example.com/hh/isoler-les-combles</loc>", pages["/sitemap.xml"], StringComparison.Ordinal);
        Assert.Contains("https://media.example.com/hh/isoler-les-combles", pages["/feed.xml"], StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://media.example.com/hh/isoler-les-combles\">", local["/isoler-les-combles"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Absolute_links_should_use_the_first_concrete_host_when_the_request_matched_a_wildcard()
    {
        await using var host = new MediaHost(_storage);
        await SeedAsync(host, hosts: ["*.acme.test", "www.acme.test"]);

        var pages = await FetchAsync(host.Client("evil.acme.test"), string.Empty);

        Assert.All(pages, page => Assert.DoesNotContain("evil.acme.test", page.Value, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<link rel=\"canonical\" href=\"http://www.acme.test/isoler-les-combles\">", pages["/isoler-les-combles"], StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://www.acme.test/sitemap.xml", pages["/robots.txt"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_cookies_and_hsts_should_be_https_when_a_trusted_proxy_forwards_https()
    {
        await using var host = new MediaHost(_storage, new Dictionary<string, string?> { ["Media:TrustedProxies:0"] = "127.0.0.1" });
        await SeedAsync(host, prefix: "hh");

        var page = await SendAsync(host, "/hh/isoler-les-combles");
        var login = await SendAsync(host, "/hh/admin/login");

        Assert.Contains("<link rel=\"canonical\" href=\"https://localhost/hh/isoler-les-combles\">", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(page.Headers.Contains("Strict-Transport-Security"));
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith(".media.antiforgery=", StringComparison.Ordinal) && cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Forwarded_proto_should_be_ignored_when_the_connection_is_not_a_trusted_proxy()
    {
        await using var host = new MediaHost(_storage, new Dictionary<string, string?> { ["Media:TrustedProxies:0"] = "192.0.2.10" });
        await SeedAsync(host, prefix: "hh");

        var page = await SendAsync(host, "/hh/isoler-les-combles");
        var login = await SendAsync(host, "/hh/admin/login");

        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/hh/isoler-les-combles\">", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain(login.Headers.GetValues("Set-Cookie"), cookie => cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task SeedAsync(MediaHost host, string? prefix = null, string[]? hosts = null)
    {
        var tenant = await host.CreateTenantAsync(prefix: prefix, hosts: hosts);
        await new ContentSeed(host, tenant).ArticleAsync(ContentSeed.Draft("Isoler les combles"));
    }

    private static async Task<Dictionary<string, string>> FetchAsync(HttpClient client, string prefix)
    {
        var pages = new Dictionary<string, string>();
        foreach (var path in PublicPaths)
        {
            var response = await client.GetAsync(new Uri(prefix + path, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {prefix}{path}: {response.StatusCode}");
            pages[path] = body;
        }

        return pages;
    }

    private static Task<HttpResponseMessage> SendAsync(MediaHost host, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        return host.Client().SendAsync(request);
    }
}
