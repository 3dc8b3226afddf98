using System.Net;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Security;

/// <summary>Both sign-ins: where they send people afterwards, how they slow guessing, and whose tokens they accept.</summary>
public sealed class SignInTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private MediaHost _host = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage, new Dictionary<string, string?> { ["Media:Analytics:TrustedProxies:0"] = "127.0.0.1" });
        await _host.CreateTenantAsync(name: "hub-a", prefix: "hub-a");
        await _host.CreateTenantAsync(name: "hub-b", prefix: "hub-b");
        await AdminClient.AddUserAsync(_storage, "hub-a", "editor@hub-a.test", "Editor");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("/%09/evil.example")]
    [InlineData("/\r\n/evil")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/admin")]
    [InlineData("/admin/../../evil")]
    [InlineData("/admin/login")]
    public async Task Agency_sign_in_should_return_to_the_console_when_the_return_url_leaves_it(string returnUrl)
    {
        var response = await BrowserForm.PostAsync(_host.Client(), "/admin/login", "/admin/login", new() { ["email"] = "staff@agency.test", ["password"] = TestStorage.AgencyPassword, ["returnUrl"] = returnUrl });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Agency_sign_in_should_follow_a_return_url_inside_the_console()
    {
        var response = await BrowserForm.PostAsync(_host.Client(), "/admin/login", "/admin/login", new() { ["email"] = "staff@agency.test", ["password"] = TestStorage.AgencyPassword, ["returnUrl"] = "/admin/insights?days=7" });

        Assert.Equal("/admin/insights?days=7", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Editor_sign_in_should_pause_one_address_after_five_failures_but_let_the_editor_in_from_elsewhere()
    {
        for (var i = 0; i < 5; i++)
        {
            var failed = await BrowserForm.PostAsync(_host.Client(), "/hub-a/admin/login", "/hub-a/admin/login", new() { ["email"] = "editor@hub-a.test", ["password"] = $"guess number {i}" }, forwardedFor: "203.0.113.7");
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        var attacker = await BrowserForm.PostAsync(_host.Client(), "/hub-a/admin/login", "/hub-a/admin/login", new() { ["email"] = "editor@hub-a.test", ["password"] = AdminClient.Password }, forwardedFor: "203.0.113.7");
        var editor = await BrowserForm.PostAsync(_host.Client(), "/hub-a/admin/login", "/hub-a/admin/login", new() { ["email"] = "editor@hub-a.test", ["password"] = AdminClient.Password }, forwardedFor: "198.51.100.20");

        Assert.Equal(HttpStatusCode.TooManyRequests, attacker.StatusCode);
        Assert.True(int.Parse(attacker.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(HttpStatusCode.Redirect, editor.StatusCode);
    }

    [Fact]
    public async Task Agency_sign_in_should_pause_an_address_that_tries_many_accounts_whether_or_not_they_exist()
    {
        HttpResponseMessage last = null!;
        for (var i = 0; i < 21; i++)
        {
            last = await BrowserForm.PostAsync(_host.Client(), "/admin/login", "/admin/login", new() { ["email"] = $"nobody{i}@agency.test", ["password"] = "not the password" }, forwardedFor: "203.0.113.9");
        }

        var real = await BrowserForm.PostAsync(_host.Client(), "/admin/login", "/admin/login", new() { ["email"] = "staff@agency.test", ["password"] = TestStorage.AgencyPassword }, forwardedFor: "203.0.113.9");

        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, real.StatusCode);
    }

    [Theory]
    [InlineData("/hub-b/admin/login")]
    [InlineData("/admin/login")]
    public async Task Antiforgery_token_of_one_hub_should_be_refused_by_another_hub_and_by_the_console(string target)
    {
        var client = _host.Client();
        var token = await BrowserForm.TokenAsync(client, "/hub-a/admin/login");
        await client.GetStringAsync(new Uri(target, UriKind.Relative));

        var response = await client.PostAsync(new Uri(target, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [token.Key] = token.Value,
            ["email"] = "staff@agency.test",
            ["password"] = TestStorage.AgencyPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
