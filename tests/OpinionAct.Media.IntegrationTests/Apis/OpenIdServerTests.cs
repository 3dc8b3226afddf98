using System.Net;
using System.Text.Json;
using OpinionAct.Media.Apis;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Apis.Integrations;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Apis;

/// <summary>One OpenID server per tenant: discovery, keys and tokens are the tenant's own, by prefix and by host.</summary>
public sealed class OpenIdServerTests
{
    [Fact]
    public async Task Discovery_should_name_the_tenant_base_as_issuer_and_publish_its_own_keys()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage);
        await host.CreateTenantAsync("alpha", prefix: "alpha");
        await host.CreateTenantAsync("beta", prefix: "beta");
        var client = host.Client();

        var alpha = JsonDocument.Parse(await client.GetStringAsync("/alpha/.well-known/openid-configuration")).RootElement;
        var beta = JsonDocument.Parse(await client.GetStringAsync("/beta/.well-known/openid-configuration")).RootElement;
        Assert.Equal("http://localhost/alpha/", alpha.GetProperty("issuer").GetString());
        Assert.Equal("http://localhost/alpha/connect/token", alpha.GetProperty("token_endpoint").GetString());
        Assert.Equal("http://localhost/beta/", beta.GetProperty("issuer").GetString());

        var alphaKeys = await KeyIdsAsync(client, "/alpha");
        var betaKeys = await KeyIdsAsync(client, "/beta");
        Assert.NotEmpty(alphaKeys);
        Assert.Empty(alphaKeys.Intersect(betaKeys));
    }

    public static TheoryData<string> Providers() => TestStorage.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Token_should_be_refused_by_every_other_tenant_by_prefix_and_by_host(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        await using var host = new MediaHost(storage);
        await host.CreateTenantAsync("alpha", prefix: "alpha");
        await host.CreateTenantAsync("gamma", hosts: ["gamma.test"]);
        var alphaToken = await ApiTokens.BearerAsync(host, host.Client(), "alpha", "/alpha", ApiScopes.ContentRead);
        var gammaToken = await ApiTokens.BearerAsync(host, host.Client("gamma.test"), "gamma", string.Empty, ApiScopes.ContentRead);

        Assert.Equal(HttpStatusCode.OK, (await host.Client().WithBearer(alphaToken).GetAsync("/alpha/api/v1/admin/whoami")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client("gamma.test").WithBearer(gammaToken).GetAsync("/api/v1/admin/whoami")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client("gamma.test").WithBearer(alphaToken).GetAsync("/api/v1/admin/whoami")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client().WithBearer(gammaToken).GetAsync("/alpha/api/v1/admin/whoami")).StatusCode);
    }

    [Fact]
    public async Task Token_should_carry_only_the_scopes_granted_and_refuse_more()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage);
        await host.CreateTenantAsync("alpha", prefix: "alpha");
        var client = host.Client();
        var integration = await ApiTokens.IntegrationAsync(host, "alpha", ApiScopes.ContentRead);

        var beyond = await ApiTokens.RequestAsync(client, "/alpha", integration.ClientId, integration.ClientSecret!, ApiScopes.ContentWrite);
        Assert.Equal(HttpStatusCode.BadRequest, beyond.StatusCode);
        Assert.Contains("scope", JsonDocument.Parse(await beyond.Content.ReadAsStringAsync()).RootElement.GetProperty("error_description").GetString());

        var token = await ApiTokens.BearerAsync(host, client, "alpha", "/alpha", ApiScopes.ContentRead);
        var me = JsonDocument.Parse(await host.Client().WithBearer(token).GetStringAsync("/alpha/api/v1/admin/whoami")).RootElement;
        Assert.Equal([ApiScopes.ContentRead], me.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Token_request_should_be_refused_for_a_wrong_secret_or_an_unknown_client_and_throttled()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage);
        await host.CreateTenantAsync("alpha", prefix: "alpha");
        var client = host.Client();
        var integration = await ApiTokens.IntegrationAsync(host, "alpha", ApiScopes.ContentRead);

        var unknown = await ApiTokens.RequestAsync(client, "/alpha", "int_unknown", "x");
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal("invalid_client", JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 30; i++)
        {
            statuses.Add((await ApiTokens.RequestAsync(client, "/alpha", integration.ClientId, "wrong-" + i)).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.DoesNotContain(HttpStatusCode.OK, statuses);

        // Throttled even with the right secret now: the guesser cannot tell when it found it.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await ApiTokens.RequestAsync(client, "/alpha", integration.ClientId, integration.ClientSecret!)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Revoked_integration_should_lose_its_tokens_at_once_on_the_node_and_within_the_recheck_interval_elsewhere(string provider)
    {
        var clock = new AdjustableClock();
        await using var storage = await TestStorage.CreateAsync(provider);
        await using var host = new MediaHost(storage, clock: clock);
        await host.CreateTenantAsync("alpha", prefix: "alpha");
        var client = host.Client();
        var here = await ApiTokens.IntegrationAsync(host, "alpha", ApiScopes.ContentRead);
        var elsewhere = await ApiTokens.IntegrationAsync(host, "alpha", ApiScopes.ContentRead);
        var hereToken = await TokenAsync(client, here);
        var elsewhereToken = await TokenAsync(client, elsewhere);
        Assert.Equal(HttpStatusCode.OK, (await host.Client().WithBearer(hereToken).GetAsync("/alpha/api/v1/admin/whoami")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client().WithBearer(elsewhereToken).GetAsync("/alpha/api/v1/admin/whoami")).StatusCode);

        // Revoked by this node (the admin page's path): refused at the next call.
        var tenant = await host.Get<ITenantStore>().FindAsync("alpha", default);
        await using (var scope = host.Services.CreateTenantScope(tenant!))
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<IntegrationService>().RevokeAsync(here.ClientId, "test", default));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client().WithBearer(hereToken).GetAsync("/alpha/api/v1/admin/whoami")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiTokens.RequestAsync(client, "/alpha", here.ClientId, here.ClientSecret!)).StatusCode);

        // Revoked by another process (the CLI, or another node): refused once this node looks at the row again.
        var cli = await CliRunner.RunAsync(storage, "integrations", "revoke", "--tenant", "alpha", "--client-id", elsewhere.ClientId);
        Assert.Equal(0, cli.ExitCode);
        clock.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client().WithBearer(elsewhereToken).GetAsync("/alpha/api/v1/admin/whoami")).StatusCode);
    }

    private static async Task<string> TokenAsync(HttpClient client, IntegrationCreated integration)
    {
        var response = await ApiTokens.RequestAsync(client, "/alpha", integration.ClientId, integration.ClientSecret!);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;
    }

    [Fact]
    public async Task Tampered_token_should_be_refused()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage);
        await host.CreateTenantAsync("alpha", prefix: "alpha");
        var token = await ApiTokens.BearerAsync(host, host.Client(), "alpha", "/alpha", ApiScopes.ContentRead);
        var parts = token.Split('.');
        var payload = JsonDocument.Parse(Base64UrlDecode(parts[1])).RootElement.GetRawText().Replace(ApiScopes.ContentRead, ApiScopes.WebhooksManage);
        var forged = parts[0] + "." + Base64UrlEncode(payload) + "." + parts[2];
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client().WithBearer(forged).GetAsync("/alpha/api/v1/admin/whoami")).StatusCode);
    }

    [Fact]
    public async Task Admin_api_should_ignore_an_editor_cookie()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage);
        await host.CreateTenantAsync("alpha", prefix: "alpha");
        await AdminClient.AddUserAsync(storage, "alpha", "admin@alpha.test", "Admin");
        var editor = (await AdminClient.SignInAsync(host.Client(), "alpha", "admin@alpha.test")).Http;

        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/alpha/admin/integrations")).StatusCode);
        var api = await editor.GetAsync("/alpha/api/v1/admin/whoami");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
    }

    private static async Task<List<string>> KeyIdsAsync(HttpClient client, string basePath)
    {
        var jwks = JsonDocument.Parse(await client.GetStringAsync(basePath + "/.well-known/jwks")).RootElement;
        return [.. jwks.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()!)];
    }

    private static string Base64UrlDecode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - padded.Length % 4) % 4);
        return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(padded));
    }

    private static string Base64UrlEncode(string text) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
