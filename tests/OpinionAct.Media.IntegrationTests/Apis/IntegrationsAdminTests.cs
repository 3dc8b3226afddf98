using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpinionAct.Media.Apis;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Apis;

/// <summary>Integrations from the admin page (Admins only) and the CLI: secret shown once, last use, revocation.</summary>
public sealed partial class IntegrationsAdminTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private MediaHost _host = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
        await _host.CreateTenantAsync("hub", prefix: "hub");
        await AdminClient.AddUserAsync(_storage, "hub", "admin@hub.test", "Admin");
        await AdminClient.AddUserAsync(_storage, "hub", "editor@hub.test", "Editor");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task Admin_should_create_an_integration_whose_secret_is_shown_once_then_revoke_it()
    {
        var admin = await AdminClient.SignInAsync(_host.Client(), "hub", "admin@hub.test");
        var created = await admin.PostFormAsync("/integrations", "/integrations",
            [new("Name", "Site partenaire"), new("Scopes", ApiScopes.ContentRead), new("Scopes", ApiScopes.MediaWrite), new("AccessTokenMinutes", "30")]);
        var html = await created.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var secret = SecretPattern().Match(html).Groups[1].Value;
        var clientId = ClientIdPattern().Match(html).Groups[1].Value;
        Assert.NotEmpty(secret);

        var list = await admin.PageAsync("/integrations");
        Assert.Contains("Site partenaire", list);
        Assert.DoesNotContain(secret, list);

        var token = await ApiTokens.RequestAsync(_host.Client(), "/hub", clientId, secret);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.InRange(JsonDocument.Parse(await token.Content.ReadAsStringAsync()).RootElement.GetProperty("expires_in").GetInt32(), 1790, 1800);
        Assert.DoesNotContain("never", ListRow(await admin.PageAsync("/integrations"), "Site partenaire"));

        var revoked = await admin.PostFormAsync("/integrations", $"/integrations/{clientId}/revoke", []);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiTokens.RequestAsync(_host.Client(), "/hub", clientId, secret)).StatusCode);
    }

    [Fact]
    public async Task Integration_form_should_refuse_bad_input_and_write_nothing()
    {
        var admin = await AdminClient.SignInAsync(_host.Client(), "hub", "admin@hub.test");
        foreach (var (fields, message) in new (KeyValuePair<string, string>[], string)[]
        {
            ([new("Name", ""), new("Scopes", ApiScopes.ContentRead)], "name"),
            ([new("Name", "No scope")], "scope"),
            ([new("Name", "Bad scope"), new("Scopes", "admin:everything")], "admin:everything"),
            ([new("Name", "Past"), new("Scopes", ApiScopes.ContentRead), new("Expires", "2001-01-01")], "future"),
            ([new("Name", "Bad redirect"), new("Scopes", ApiScopes.ContentRead), new("RedirectUri", "http://evil.example/cb")], "redirect"),
            ([new("Name", "Long tokens"), new("Scopes", ApiScopes.ContentRead), new("AccessTokenMinutes", "100000")], "minutes"),
        })
        {
            var response = await admin.PostFormAsync("/integrations", "/integrations", fields);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }

        var list = await admin.PageAsync("/integrations");
        Assert.DoesNotContain("<tbody>", list);
        Assert.DoesNotContain("Bad redirect", list);
    }

    [Fact]
    public async Task Integrations_page_should_be_for_admins_only()
    {
        var editor = await AdminClient.SignInAsync(_host.Client(), "hub", "editor@hub.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/integrations")).StatusCode);
    }

    [Fact]
    public async Task Cli_should_create_list_and_revoke_integrations()
    {
        var created = await CliRunner.RunAsync(_storage, "integrations", "create", "--tenant", "hub", "--name", "Zapier", "--scope", ApiScopes.SubscribersWrite, "--scope", ApiScopes.ContentRead, "--json");
        Assert.True(created.ExitCode == 0, created.ToString());
        var json = JsonDocument.Parse(created.Out).RootElement;
        var clientId = json.GetProperty("clientId").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await ApiTokens.RequestAsync(_host.Client(), "/hub", clientId, json.GetProperty("clientSecret").GetString()!)).StatusCode);

        var list = await CliRunner.RunAsync(_storage, "integrations", "list", "--tenant", "hub");
        Assert.Contains(clientId, list.Out);
        Assert.Contains("active", list.Out);
        Assert.DoesNotContain(json.GetProperty("clientSecret").GetString()!, list.Out);

        Assert.Equal(0, (await CliRunner.RunAsync(_storage, "integrations", "revoke", "--tenant", "hub", "--client-id", clientId)).ExitCode);
        Assert.Contains("revoked", (await CliRunner.RunAsync(_storage, "integrations", "list", "--tenant", "hub")).Out);
        var again = await CliRunner.RunAsync(_storage, "integrations", "revoke", "--tenant", "hub", "--client-id", clientId);
        Assert.NotEqual(0, again.ExitCode);

        var bad = await CliRunner.RunAsync(_storage, "integrations", "create", "--tenant", "hub", "--name", "X", "--scope", "everything");
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("'everything' is not a scope", bad.Error);
    }

    [Fact]
    public async Task Agency_console_should_publish_its_own_discovery_and_keys()
    {
        var discovery = JsonDocument.Parse(await _host.Client().GetStringAsync("/.well-known/openid-configuration")).RootElement;
        Assert.Equal("http://localhost/", discovery.GetProperty("issuer").GetString());
        var hubKeys = JsonDocument.Parse(await _host.Client().GetStringAsync("/hub/.well-known/jwks")).RootElement.GetProperty("keys")[0].GetProperty("kid").GetString();
        var hostKeys = JsonDocument.Parse(await _host.Client().GetStringAsync("/.well-known/jwks")).RootElement.GetProperty("keys")[0].GetProperty("kid").GetString();
        Assert.NotEqual(hubKeys, hostKeys);
    }

    private static string ListRow(string html, string name) => html[html.IndexOf(name, StringComparison.Ordinal)..][..html[html.IndexOf(name, StringComparison.Ordinal)..].IndexOf("</tr>", StringComparison.Ordinal)];

    [GeneratedRegex("<code id=\"client-secret\">([^<]+)</code>")]
    private static partial Regex SecretPattern();

    [GeneratedRegex("<dd><code>(int_[0-9a-f]+)</code></dd>")]
    private static partial Regex ClientIdPattern();
}
