using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Admin;

/// <summary>Sign-in, the tenant-scoped cookie, roles, antiforgery and the People page.</summary>
public sealed partial class AdminAccessTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private MediaHost _host = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
        await _host.CreateTenantAsync("hub-a", prefix: "hub-a");
        await AdminClient.AddUserAsync(_storage, "hub-a", "admin@hub-a.test", "Admin");
        await AdminClient.AddUserAsync(_storage, "hub-a", "editor@hub-a.test", "Editor");
        await AdminClient.AddUserAsync(_storage, "hub-a", "author@hub-a.test", "Author");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task Admin_should_redirect_to_the_tenant_login_when_not_signed_in()
    {
        var response = await _host.Client().GetAsync(new Uri("/hub-a/admin/articles", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/hub-a/admin/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_should_refuse_a_wrong_password_when_the_email_exists()
    {
        var client = new AdminClient(_host.Client(), "hub-a");

        var response = await client.PostFormAsync("/login", "/login", [new("email", "editor@hub-a.test"), new("password", "not the password")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("mot de passe erroné", html, StringComparison.Ordinal);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".media.editor=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Sign_in_should_pause_the_address_when_the_password_is_wrong_five_times()
    {
        var client = new AdminClient(_host.Client(), "hub-a");
        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/login", "/login", [new("email", "author@hub-a.test"), new("password", "guess number " + i)]);
        }

        var response = await client.PostFormAsync("/login", "/login", [new("email", "author@hub-a.test"), new("password", AdminClient.Password)]);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("Patientez quelques minutes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_should_set_a_cookie_scoped_to_the_tenant_path_and_ignore_a_foreign_return_url()
    {
        var client = new AdminClient(_host.Client(), "hub-a");

        var response = await client.PostFormAsync("/login", "/login", [new("email", "editor@hub-a.test"), new("password", AdminClient.Password), new("returnUrl", "//evil.example/admin")]);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".media.editor=", StringComparison.Ordinal));
        var local = await new AdminClient(_host.Client(), "hub-a").PostFormAsync("/login", "/login", [new("email", "editor@hub-a.test"), new("password", AdminClient.Password), new("returnUrl", "/hub-a/admin/topics?x=1")]);

        Assert.Equal("/hub-a/admin/articles", response.Headers.Location!.ToString());
        Assert.Contains("path=/hub-a;", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("/hub-a/admin/topics?x=1", local.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Cookie_from_one_tenant_should_be_worthless_at_another_tenant_when_copied_by_hand()
    {
        await _host.CreateTenantAsync("hub-b", prefix: "hub-b");
        var signIn = await new AdminClient(_host.Client(), "hub-a").PostFormAsync("/login", "/login", [new("email", "admin@hub-a.test"), new("password", AdminClient.Password)]);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".media.editor=", StringComparison.Ordinal)).Split(';')[0];

        // The worst case: hub-b even has an Admin account with the same id (ids are GUIDs, so only a
        // deliberate copy gets here). Only the tenant claim can refuse this cookie.
        var adminA = await FindUserAsync("hub-a", "admin@hub-a.test");
        await using (var scope = await _host.TenantScopeAsync("hub-b"))
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<TenantUser>>();
            var twin = new TenantUser { Id = adminA.Id, UserName = "twin@hub-b.test", Email = "twin@hub-b.test", SecurityStamp = adminA.SecurityStamp };
            Assert.True((await users.CreateAsync(twin)).Succeeded);
            Assert.True((await users.AddToRoleAsync(twin, "Admin")).Succeeded);
        }

        var atA = await SendWithCookieAsync("/hub-a/admin/articles", cookie);
        var atB = await SendWithCookieAsync("/hub-b/admin/articles", cookie);
        var settingsAtB = await SendWithCookieAsync("/hub-b/admin/settings", cookie);

        Assert.Equal(HttpStatusCode.OK, atA.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, atB.StatusCode);
        Assert.StartsWith("/hub-b/admin/login", atB.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, settingsAtB.StatusCode);
    }

    [Fact]
    public async Task Cookie_should_stop_working_when_the_user_is_deleted()
    {
        var client = await AdminClient.SignInAsync(_host.Client(), "hub-a", "editor@hub-a.test");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles")).StatusCode);

        await using (var scope = await _host.TenantScopeAsync("hub-a"))
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<TenantUser>>();
            Assert.True((await users.DeleteAsync((await users.FindByEmailAsync("editor@hub-a.test"))!)).Succeeded);
        }

        var response = await client.GetAsync("/articles");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/hub-a/admin/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_should_be_refused_with_400_when_the_antiforgery_token_is_missing()
    {
        var client = await AdminClient.SignInAsync(_host.Client(), "hub-a", "editor@hub-a.test");

        var response = await client.Http.PostAsync(client.Url("/articles/new"), new FormUrlEncodedContent([new("Title", "Forged article"), new("action", "save")]));
        var list = await client.PageAsync("/articles");
        var preview = await client.Http.PostAsync(client.Url("/preview"), new FormUrlEncodedContent([new("body", "hello")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Forged article", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, preview.StatusCode);
    }

    [Fact]
    public async Task Preview_should_render_the_body_when_the_token_comes_in_the_header()
    {
        var client = await AdminClient.SignInAsync(_host.Client(), "hub-a", "author@hub-a.test");
        var html = await client.PageAsync("/articles/new");
        var header = HeaderPattern().Match(html);
        using var request = new HttpRequestMessage(HttpMethod.Post, client.Url("/preview"))
        {
            Content = new FormUrlEncodedContent([new("body", "Bonjour <script>alert(1)</script>")]),
        };
        request.Headers.Add(header.Groups["header"].Value, WebUtility.HtmlDecode(header.Groups["token"].Value));

        var response = await client.Http.SendAsync(request);
        var fragment = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bonjour", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", fragment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_pages_should_be_french_accessible_and_uncached_when_the_site_is_french()
    {
        var client = await AdminClient.SignInAsync(_host.Client(), "hub-a", "admin@hub-a.test");

        var response = await client.GetAsync("/articles/new");
        var html = await response.Content.ReadAsStringAsync();
        var publicHome = await _host.Client().GetAsync(new Uri("/hub-a/", UriKind.Relative));

        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("class=\"skip\" href=\"#main\"", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"main\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"Title\">Titre</label>", html, StringComparison.Ordinal);
        Assert.Contains("Enregistrer le brouillon", html, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, publicHome.StatusCode);
        Assert.DoesNotContain("no-store", publicHome.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
        foreach (var form in FormPattern().Matches(html).Cast<Match>())
        {
            Assert.Contains("__RequestVerificationToken", form.Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task People_should_be_for_admins_and_add_an_account_that_can_sign_in()
    {
        var editor = await AdminClient.SignInAsync(_host.Client(), "hub-a", "editor@hub-a.test");
        var admin = await AdminClient.SignInAsync(_host.Client(), "hub-a", "admin@hub-a.test");

        var forbidden = await editor.GetAsync("/people");
        var added = await admin.PostFormAsync("/people", "/people", [new("Email", "nouvelle@hub-a.test"), new("Role", "Author")]);
        var page = await added.Content.ReadAsStringAsync();
        var password = WebUtility.HtmlDecode(SecretPattern().Match(page).Groups[1].Value);
        var newcomer = await AdminClient.SignInAsync(_host.Client(), "hub-a", "nouvelle@hub-a.test", password);
        var list = await admin.PageAsync("/people");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(20, password.Length);
        Assert.Equal(HttpStatusCode.OK, (await newcomer.GetAsync("/articles")).StatusCode);
        Assert.DoesNotContain(password, list, StringComparison.Ordinal);
        Assert.Contains("nouvelle@hub-a.test", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_a_role_should_take_effect_on_the_next_request_of_a_signed_in_editor()
    {
        var editor = await AdminClient.SignInAsync(_host.Client(), "hub-a", "editor@hub-a.test");
        var admin = await AdminClient.SignInAsync(_host.Client(), "hub-a", "admin@hub-a.test");
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/topics")).StatusCode);
        var editorId = (await FindUserAsync("hub-a", "editor@hub-a.test")).Id;

        var removed = await admin.PostFormAsync("/people", $"/people/{editorId}/roles/remove", [new("role", "Editor")]);
        var afterwards = await editor.GetAsync("/topics");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, afterwards.StatusCode);
    }

    [Fact]
    public async Task People_should_refuse_to_remove_the_admin_role_from_the_last_admin()
    {
        var admin = await AdminClient.SignInAsync(_host.Client(), "hub-a", "admin@hub-a.test");
        var adminId = (await FindUserAsync("hub-a", "admin@hub-a.test")).Id;

        var response = await admin.PostFormAsync("/people", $"/people/{adminId}/roles/remove", [new("role", "Admin")]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/settings")).StatusCode);
    }

    private async Task<HttpResponseMessage> SendWithCookieAsync(string path, string cookie)
    {
        using var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    private async Task<TenantUser> FindUserAsync(string tenant, string email)
    {
        await using var scope = await _host.TenantScopeAsync(tenant);
        return (await scope.ServiceProvider.GetRequiredService<UserManager<TenantUser>>().FindByEmailAsync(email))!;
    }

    [GeneratedRegex("data-header=\"(?<header>[^\"]+)\" data-token=\"(?<token>[^\"]+)\"")]
    private static partial Regex HeaderPattern();

    [GeneratedRegex("<form[^>]*method=\"post\"[\\s\\S]*?</form>")]
    private static partial Regex FormPattern();

    [GeneratedRegex("<code class=\"secret\">([^<]+)</code>")]
    private static partial Regex SecretPattern();
}
