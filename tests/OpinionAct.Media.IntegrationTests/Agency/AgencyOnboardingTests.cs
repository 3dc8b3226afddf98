using System.Net;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.IntegrationTests.Security;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Html;

namespace OpinionAct.Media.IntegrationTests.Agency;

/// <summary>The console's onboarding: names from recipes, theme choice, links to each hub, confirmed disable and removal.</summary>
public sealed class AgencyOnboardingTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private MediaHost _host = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task Console_should_list_a_tenant_by_its_recipes_site_name_when_no_display_name_was_given()
    {
        var client = await SignedInClientAsync();

        var created = await BrowserForm.PostAsync(client, "/admin", "/admin/tenants", new() { ["name"] = "brand-demo", ["recipe"] = "demo-brand" });
        var list = await client.GetStringAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("Énergies Claires", (await Store().FindAsync("brand-demo", default))!.DisplayName);
        Assert.Contains($"<td>{HtmlPage.E("Énergies Claires")}</td>", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Provisioner_should_keep_a_display_name_that_was_given()
    {
        await _host.Provisioner.CreateAsync(new() { Name = "named", DisplayName = "Nom choisi", Recipe = "demo-brand" }, default);

        Assert.Equal("Nom choisi", (await Store().FindAsync("named", default))!.DisplayName);
    }

    [Fact]
    public async Task Console_should_apply_the_theme_chosen_in_the_create_form()
    {
        var client = await SignedInClientAsync();
        var form = await client.GetStringAsync(new Uri("/admin", UriKind.Relative));

        await BrowserForm.PostAsync(client, "/admin", "/admin/tenants", new() { ["name"] = "themed", ["recipe"] = "expert-media", ["theme"] = "Magazine" });
        await BrowserForm.PostAsync(client, "/admin", "/admin/tenants", new() { ["name"] = "recipe-themed", ["recipe"] = "expert-media", ["theme"] = string.Empty });

        Assert.Contains("<option value=\"Magazine\">Magazine</option>", form, StringComparison.Ordinal);
        Assert.Equal("Magazine", (await Store().FindAsync("themed", default))!.Theme);
        Assert.Equal("Expert", (await Store().FindAsync("recipe-themed", default))!.Theme);
    }

    [Fact]
    public async Task Console_should_not_offer_the_base_theme_when_listing_the_themes_to_choose()
    {
        var client = await SignedInClientAsync();

        var form = await client.GetStringAsync(new Uri("/admin", UriKind.Relative));

        Assert.Contains("<option value=\"Expert\">Expert</option>", form, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Base\"", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_should_link_each_running_hub_to_its_site_and_admin()
    {
        await _host.CreateTenantAsync("by-prefix", prefix: "by-prefix");
        await _host.CreateTenantAsync("by-host", hosts: ["*.acme.test", "www.acme.test"]);
        var client = await SignedInClientAsync();

        var list = await client.GetStringAsync(new Uri("/admin", UriKind.Relative));

        Assert.Contains("href=\"/by-prefix/\"", list, StringComparison.Ordinal);
        Assert.Contains("href=\"/by-prefix/admin\"", list, StringComparison.Ordinal);
        Assert.Contains("href=\"http://www.acme.test/\"", list, StringComparison.Ordinal);
        Assert.Contains("href=\"http://www.acme.test/admin\"", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disable_should_ask_for_confirmation_before_the_post_that_disables()
    {
        var name = await _host.CreateTenantAsync("to-pause", prefix: "to-pause");
        var client = await SignedInClientAsync();

        var list = await client.GetStringAsync(new Uri("/admin", UriKind.Relative));
        var confirmation = await client.GetStringAsync(new Uri($"/admin/tenants/{name}/disable", UriKind.Relative));
        var stillRunning = (await Store().FindAsync(name, default))!.State;
        var disabled = await BrowserForm.PostAsync(client, $"/admin/tenants/{name}/disable", $"/admin/tenants/{name}/disable", []);

        Assert.DoesNotContain($"action=\"/admin/tenants/{name}/disable\"", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/tenants/{name}/disable\"", list, StringComparison.Ordinal);
        Assert.Contains($"action=\"/admin/tenants/{name}/disable\"", confirmation, StringComparison.Ordinal);
        Assert.Equal(TenantState.Running, stillRunning);
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(TenantState.Disabled, (await Store().FindAsync(name, default))!.State);
    }

    [Fact]
    public async Task Remove_should_refuse_when_the_typed_name_differs_and_keep_the_tenant()
    {
        var name = await _host.CreateTenantAsync("keep-me", prefix: "keep-me");
        var client = await SignedInClientAsync();

        var refused = await BrowserForm.PostAsync(client, $"/admin/tenants/{name}/remove", $"/admin/tenants/{name}/remove", new() { ["confirm"] = "keep-m" });
        var page = await client.GetStringAsync(refused.Headers.Location!);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("does not match", page, StringComparison.Ordinal);
        Assert.NotNull(await Store().FindAsync(name, default));
        Assert.True(File.Exists(Path.Combine(_storage.DataPath, "tenants", name, "tenant.db")));
    }

    [Fact]
    public async Task Remove_should_delete_the_tenant_and_its_storage_when_the_typed_name_matches()
    {
        var name = await _host.CreateTenantAsync("drop-me", prefix: "drop-me");
        var client = await SignedInClientAsync();

        var list = await client.GetStringAsync(new Uri("/admin", UriKind.Relative));
        var confirmation = await client.GetStringAsync(new Uri($"/admin/tenants/{name}/remove", UriKind.Relative));
        var removed = await BrowserForm.PostAsync(client, $"/admin/tenants/{name}/remove", $"/admin/tenants/{name}/remove", new() { ["confirm"] = name });
        var after = await client.GetStringAsync(removed.Headers.Location!);

        Assert.Contains($"href=\"/admin/tenants/{name}/remove\"", list, StringComparison.Ordinal);
        Assert.Contains("name=\"confirm\"", confirmation, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("were removed", after, StringComparison.Ordinal);
        Assert.Null(await Store().FindAsync(name, default));
        Assert.False(Directory.Exists(Path.Combine(_storage.DataPath, "tenants", name)));
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Client().GetAsync(new Uri($"/{name}/", UriKind.Relative))).StatusCode);
    }

    private ITenantStore Store() => _host.Get<ITenantStore>();

    private Task<HttpClient> SignedInClientAsync() => ConsoleSignIn.ClientAsync(_host);
}
