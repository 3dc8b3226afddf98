using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace OpinionAct.Media.IntegrationTests.Security;

/// <summary>
/// Every route the host maps, found from its endpoint table rather than listed by hand, so a route
/// added tomorrow is checked too: state-changing requests need an antiforgery token even from a
/// signed-in session, and admin pages need a session.
/// </summary>
public sealed partial class RouteEnumerationTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>
    /// Public endpoints that take POSTs without an antiforgery token by design, each with its own defence:
    /// reader APIs (JSON only, rate-limited, no cookies read), the signup and "ask our experts" forms of cached pages
    /// (each asks the reader to send once more when the token is missing, and double opt-in follows), the emailed
    /// confirmation and one-click unsubscribe links (RFC 8058: mail clients post without cookies; the
    /// signed token in the link is the proof), and the mail provider's webhooks (a shared secret).
    /// </summary>
    private static readonly HashSet<string> PublicPosts =
    [
        "/api/events",
        "/api/search/clicks",
        "/api/subscribe",
        "/subscribe",
        "/api/questions",
        "/questions",
        "/questions/confirm",
        "/newsletters/confirm",
        "/newsletters/unsubscribe",
        "/api/newsletters/reports",
        "/api/newsletters/inbound-unsubscribe",
    ];

    /// <summary>The pages of people who cannot sign in yet, anonymous on purpose: forgotten password, its link, an invitation's link.</summary>
    private static readonly HashSet<string> SignInFamily = ["/admin/forgot", "/admin/reset", "/admin/invitation"];

    private TestStorage _storage = null!;
    private MediaHost _host = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
        await _host.CreateTenantAsync(name: "routes", prefix: "routes");
        await AdminClient.AddUserAsync(_storage, "routes", "admin@routes.test", "Admin");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task Every_state_changing_route_should_answer_400_without_an_antiforgery_token_even_when_signed_in()
    {
        var staff = _host.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await BrowserForm.PostAsync(staff, "/admin/login", "/admin/login", new() { ["email"] = "staff@agency.test", ["password"] = TestStorage.AgencyPassword })).StatusCode);
        var editor = (await AdminClient.SignInAsync(_host.Client(), "routes", "admin@routes.test")).Http;
        var routes = Routes().Where(r => r.Methods.Any(m => m is "POST" or "PUT" or "PATCH" or "DELETE")).ToList();
        var checkedRoutes = 0;

        foreach (var route in routes.Where(r => !PublicPosts.Contains(r.Pattern) && !IsBearerSurface(r.Pattern)))
        {
            var console = await SendAsync(staff, HttpMethod.Post, Url(string.Empty, route.Pattern));
            var hub = await SendAsync(editor, HttpMethod.Post, Url("/routes", route.Pattern));
            output.WriteLine($"POST {route.Pattern}: console {(int)console}, hub {(int)hub}");

            Assert.True(console is HttpStatusCode.BadRequest or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"console POST {route.Pattern} answered {(int)console}");
            Assert.True(hub is HttpStatusCode.BadRequest or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"hub POST {route.Pattern} answered {(int)hub}");
            Assert.True(console == HttpStatusCode.BadRequest || hub == HttpStatusCode.BadRequest, $"POST {route.Pattern} was refused by neither surface as a forgery");
            checkedRoutes++;
        }

        output.WriteLine($"{checkedRoutes} state-changing routes refused without a token; {routes.Count - checkedRoutes} public ones exempt by design");
        Assert.True(checkedRoutes >= 30, $"only {checkedRoutes} routes were found; the enumeration is broken");
        Assert.Equal(PublicPosts.Order(), routes.Select(r => r.Pattern).Where(PublicPosts.Contains).Distinct().Order());
    }

    [Fact]
    public async Task Every_admin_page_should_send_anonymous_visitors_to_sign_in()
    {
        var anonymous = _host.Client();
        var pages = Routes().Where(r => r.Methods.Contains("GET") && r.Pattern.StartsWith("/admin", StringComparison.Ordinal) && !r.Pattern.StartsWith("/admin/login", StringComparison.Ordinal) && !SignInFamily.Contains(r.Pattern)).ToList();

        foreach (var page in pages)
        {
            var console = await anonymous.GetAsync(new Uri(Url(string.Empty, page.Pattern), UriKind.Relative));
            var hub = await anonymous.GetAsync(new Uri(Url("/routes", page.Pattern), UriKind.Relative));
            output.WriteLine($"GET {page.Pattern}: console {(int)console.StatusCode}, hub {(int)hub.StatusCode}");

            Assert.True(IsSignInAnswer(console, "/admin/login") || console.StatusCode == HttpStatusCode.NotFound, $"console GET {page.Pattern} answered {(int)console.StatusCode}");
            Assert.True(IsSignInAnswer(hub, "/routes/admin/login") || hub.StatusCode == HttpStatusCode.NotFound, $"hub GET {page.Pattern} answered {(int)hub.StatusCode}");
            Assert.True(IsSignInAnswer(console, "/admin/login") || IsSignInAnswer(hub, "/routes/admin/login"), $"GET {page.Pattern} reached no sign-in on either surface");
        }

        output.WriteLine($"{pages.Count} admin pages need a session");
        Assert.True(pages.Count >= 20, $"only {pages.Count} admin pages were found; the enumeration is broken");
    }

    /// <summary>
    /// The OpenID endpoints and the Admin API authenticate with client credentials or bearer tokens and never
    /// read a cookie, so a forged cross-site post carries nothing they accept (OpenIdServerTests checks the cookie is ignored).
    /// </summary>
    private static bool IsBearerSurface(string pattern) =>
        pattern.StartsWith("/connect/", StringComparison.Ordinal) || pattern.StartsWith("/api/v1/", StringComparison.Ordinal);

    private static bool IsSignInAnswer(HttpResponseMessage response, string loginPath) =>
        response.StatusCode == HttpStatusCode.Unauthorized
        || (response.StatusCode == HttpStatusCode.Redirect && new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath == loginPath);

    private List<(string Pattern, IReadOnlyList<string> Methods)> Routes() =>
        _host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (Pattern: "/" + (e.RoutePattern.RawText ?? string.Empty).TrimStart('/'), Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []))
            .Where(r => r.Methods.Count > 0)
            .Distinct()
            .ToList();

    /// <summary>The route with every parameter filled with "1" (a number and a name at once).</summary>
    private static string Url(string prefix, string pattern) => prefix + Parameter().Replace(pattern, "1").TrimEnd('/') switch { "" => "/", var p => p };

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, HttpMethod method, string url)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = new FormUrlEncodedContent([new("name", "forged")]) };
        return (await client.SendAsync(request)).StatusCode;
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
