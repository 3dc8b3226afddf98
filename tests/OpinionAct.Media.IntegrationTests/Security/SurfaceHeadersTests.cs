using System.Net;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Security;

/// <summary>One URL of every surface, and the headers its policy promises.</summary>
public sealed class SurfaceHeadersTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private MediaHost _host = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
        var tenant = await _host.CreateTenantAsync(prefix: "sh");
        await new ContentSeed(_host, tenant).ArticleAsync(ContentSeed.Draft("Isoler les combles"));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Theory]
    [InlineData("/sh/")]
    [InlineData("/sh/isoler-les-combles")]
    [InlineData("/sh/feed.xml")]
    [InlineData("/sh/subscribe")]
    [InlineData("/sh/no-such-page")]
    public async Task Public_pages_should_carry_a_self_only_policy_when_served_fresh_or_from_cache(string path)
    {
        var client = _host.Client();
        var first = await client.GetAsync(new Uri(path, UriKind.Relative));
        var second = await client.GetAsync(new Uri(path, UriKind.Relative));

        foreach (var response in new[] { first, second })
        {
            var csp = Header(response, "Content-Security-Policy");
            Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("nonce-", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));

            // Pages whose address carries a signed token or a form (subscribe, preferences) keep their stricter no-referrer.
            Assert.Contains(Header(response, "Referrer-Policy"), new[] { "strict-origin-when-cross-origin", "no-referrer" });
            Assert.False(response.Headers.Contains("Strict-Transport-Security"), "no HSTS over plain HTTP");
        }
    }

    [Fact]
    public async Task Editor_admin_should_carry_a_nonce_policy_and_no_store()
    {
        var response = await _host.Client().GetAsync(new Uri("/sh/admin/login", UriKind.Relative));

        AssertStaffHeaders(response);
    }

    [Fact]
    public async Task Agency_console_should_carry_the_staff_policy_on_every_page_including_insights()
    {
        var client = _host.Client();
        var loginPage = await client.GetAsync(new Uri("/admin/login", UriKind.Relative));
        var token = AdminClient.Token(await loginPage.Content.ReadAsStringAsync());
        var signIn = await client.PostAsync(new Uri("/admin/login", UriKind.Relative), new FormUrlEncodedContent(
            [new("email", "staff@agency.test"), new("password", TestStorage.AgencyPassword), token]));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var tenants = await client.GetAsync(new Uri("/admin", UriKind.Relative));
        var insights = await client.GetAsync(new Uri("/admin/insights", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, insights.StatusCode);
        AssertStaffHeaders(loginPage);
        AssertStaffHeaders(tenants);
        AssertStaffHeaders(insights);
    }

    [Theory]
    [InlineData("/sh/api/search?q=combles")]
    [InlineData("/health/live")]
    public async Task Apis_should_carry_a_policy_that_allows_nothing(string path)
    {
        var response = await _host.Client().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("default-src 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task Static_assets_should_carry_nosniff_and_keep_their_cache_headers()
    {
        var response = await _host.Client().GetAsync(new Uri("/sh/t.js", UriKind.Relative));

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Contains("default-src 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Contains("max-age=3600", Header(response, "Cache-Control"), StringComparison.Ordinal);
    }

    private static void AssertStaffHeaders(HttpResponseMessage response)
    {
        var csp = Header(response, "Content-Security-Policy");
        Assert.Matches("script-src 'nonce-[A-Za-z0-9+/=]+'", csp);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("no-store", Header(response, "Cache-Control"), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: no {name} header");
}
