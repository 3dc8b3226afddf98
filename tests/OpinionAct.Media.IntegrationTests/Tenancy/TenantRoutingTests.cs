using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Tenancy;

public sealed class TenantRoutingTests : IAsyncLifetime
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
    public async Task Prefix_tenant_should_serve_its_own_home_page()
    {
        var name = await _host.CreateTenantAsync(prefix: "brand-a");

        var response = await _host.Client().GetAsync(new Uri("/brand-a/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<h1>{name}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tenant_should_be_matched_by_exact_and_wildcard_host()
    {
        var exact = await _host.CreateTenantAsync(hosts: ["exact.brand.test"]);
        var wildcard = await _host.CreateTenantAsync(hosts: ["*.wild.test"]);

        var exactHtml = await _host.Client("exact.brand.test").GetStringAsync(new Uri("/", UriKind.Relative));
        var wildHtml = await _host.Client("news.wild.test").GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains($"<h1>{exact}</h1>", exactHtml, StringComparison.Ordinal);
        Assert.Contains($"<h1>{wildcard}</h1>", wildHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_path_in_a_tenant_should_get_the_404_page()
    {
        await _host.CreateTenantAsync(prefix: "brand-b");

        var response = await _host.Client().GetAsync(new Uri("/brand-b/no-such-page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page introuvable", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabled_tenant_should_answer_404_with_none_of_its_content_and_come_back_when_enabled()
    {
        var name = await _host.CreateTenantAsync(prefix: "brand-c");
        var client = _host.Client();

        await _host.Provisioner.SetStateAsync(name, TenantState.Disabled, default);
        var disabled = await client.GetAsync(new Uri("/brand-c/", UriKind.Relative));
        var disabledHtml = await disabled.Content.ReadAsStringAsync();
        await _host.Provisioner.SetStateAsync(name, TenantState.Running, default);
        var enabled = await client.GetAsync(new Uri("/brand-c/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, disabled.StatusCode);
        Assert.DoesNotContain(name, disabledHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
    }

    [Fact]
    public async Task Tenant_being_set_up_should_answer_503_with_retry_after()
    {
        var store = _host.Get<ITenantStore>();
        await store.CreateAsync(new TenantDescriptor { Name = "settingup", DisplayName = "S", Prefix = "settingup", State = TenantState.Uninitialized }, default);
        await _host.Get<TenantRegistry>().RefreshAsync(default);

        var response = await _host.Client().GetAsync(new Uri("/settingup/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task Health_endpoints_should_report_live_and_ready()
    {
        var client = _host.Client();

        var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        var ready = await client.GetStringAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", System.Text.Json.JsonDocument.Parse(ready).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Unknown_host_should_get_404_when_the_console_has_its_own_hosts()
    {
        await using var host = new MediaHost(_storage, new Dictionary<string, string?> { ["Media:HostNames:0"] = "console.agency.test" });
        await host.CreateTenantAsync(hosts: ["known.brand.test"]);

        var unknown = await host.Client("stranger.test").GetAsync(new Uri("/", UriKind.Relative));
        var console = await host.Client("console.agency.test").GetAsync(new Uri("/admin/login", UriKind.Relative));
        var known = await host.Client("known.brand.test").GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, console.StatusCode);
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
    }

    [Fact]
    public async Task Demo_tenant_should_be_created_on_first_start_only()
    {
        await using var storage = await TestStorage.CreateAsync();
        var demo = new Dictionary<string, string?> { ["Media:DemoTenant:Enabled"] = "true" };
        await using (var first = new MediaHost(storage, demo))
        {
            var html = await first.Client().GetStringAsync(new Uri("/demo/", UriKind.Relative));
            Assert.Contains("Énergies Claires", html, StringComparison.Ordinal);
            await first.Provisioner.RemoveAsync("demo", default);
        }

        await using var second = new MediaHost(storage, demo);
        var response = await second.Client().GetAsync(new Uri("/demo/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
