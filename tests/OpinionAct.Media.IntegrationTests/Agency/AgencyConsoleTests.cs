using System.Net;
using System.Text.RegularExpressions;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Agency;

public sealed partial class AgencyConsoleTests : IAsyncLifetime
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
    public async Task Console_should_require_sign_in()
    {
        var response = await _host.Client().GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/admin/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_should_refuse_a_wrong_password()
    {
        var client = ConsoleSignIn.Browser(_host);

        var response = await PostFormAsync(client, "/admin/login", "/admin/login", new() { ["email"] = "staff@agency.test", ["password"] = "wrong password!!" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("wrong password", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_without_an_antiforgery_token_should_be_rejected()
    {
        var client = await SignedInClientAsync();

        var response = await client.PostAsync(new Uri("/admin/tenants", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "forged" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("forged", await client.GetStringAsync(new Uri("/admin", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_should_create_disable_and_enable_a_tenant_from_the_console()
    {
        var client = await SignedInClientAsync();

        var created = await PostFormAsync(client, "/admin", "/admin/tenants", new() { ["name"] = "console-brand", ["displayName"] = "Marque <Console>", ["recipe"] = "expert-media" });
        var list = await client.GetStringAsync(new Uri("/admin", UriKind.Relative));
        var disabled = await PostFormAsync(client, "/admin", "/admin/tenants/console-brand/disable", []);
        var afterDisable = await _host.Client().GetAsync(new Uri("/console-brand/", UriKind.Relative));
        await PostFormAsync(client, "/admin", "/admin/tenants/console-brand/enable", []);
        var afterEnable = await _host.Client().GetAsync(new Uri("/console-brand/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Marque &lt;Console&gt;", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Marque <Console>", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterDisable.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterEnable.StatusCode);
    }

    [Fact]
    public async Task Console_should_show_a_clear_error_for_an_invalid_tenant_name()
    {
        var client = await SignedInClientAsync();

        var response = await PostFormAsync(client, "/admin", "/admin/tenants", new() { ["name"] = "Admin", ["recipe"] = "expert-media" });
        var page = await client.GetStringAsync(response.Headers.Location!);

        Assert.Contains("class=\"error\"", page, StringComparison.Ordinal);
        Assert.Contains("is invalid", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Insights_page_should_show_a_hub_as_unavailable_when_its_database_is_broken()
    {
        var healthy = await _host.CreateTenantAsync("ins-ok" + Guid.NewGuid().ToString("n")[..6], prefix: "ins-ok");
        var broken = await _host.CreateTenantAsync("ins-ko" + Guid.NewGuid().ToString("n")[..6], prefix: "ins-ko");
        var client = await SignedInClientAsync();
        _host.Get<OpinionAct.Media.Data.MediaDatabase>().Release(broken);   // the node's kept connections close with it
        foreach (var file in Directory.GetFiles(Path.Combine(_storage.DataPath, "tenants", broken), "tenant.db*"))
        {
            File.Delete(file);
        }

        var response = await client.GetAsync(new Uri("/admin/insights", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {page}");
        var healthyRow = page[page.IndexOf($"({healthy})", StringComparison.Ordinal)..];
        Assert.DoesNotContain("unavailable", healthyRow[..healthyRow.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);
        var brokenRow = page[page.IndexOf($"({broken})", StringComparison.Ordinal)..];
        Assert.Contains("unavailable", brokenRow[..brokenRow.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tenant_list_should_show_each_tenant_media_usage_against_its_quota()
    {
        await _host.CreateTenantAsync("pictures");
        var folder = Path.Combine(_storage.DataPath, "import");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, "a.png"), MediaLibrary.TestImages.Png(400, 300));
        Assert.Equal(0, (await CliRunner.RunAsync(_storage, "media", "import", "--tenant", "pictures", folder)).ExitCode);
        var client = await SignedInClientAsync();

        var page = await client.GetStringAsync(new Uri("/admin", UriKind.Relative));

        Assert.Contains("Media (used / quota)", page, StringComparison.Ordinal);
        var row = page[page.IndexOf("<td>pictures</td>", StringComparison.Ordinal)..];
        Assert.Matches(@"<td>\d+ KB / 2 GB \(0%\)</td>", row[..row.IndexOf("</tr>", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task Staff_should_change_a_tenant_address_name_and_theme_from_the_console()
    {
        Assert.Equal(0, (await CliRunner.RunAsync(_storage, "tenants", "create", "--name", "console-move", "--theme", "Expert")).ExitCode);
        var client = await SignedInClientAsync();
        var list = await client.GetStringAsync(new Uri("/admin", UriKind.Relative));
        var form = await client.GetStringAsync(new Uri("/admin/tenants/console-move/edit", UriKind.Relative));

        var saved = await PostFormAsync(client, "/admin/tenants/console-move/edit", "/admin/tenants/console-move/edit", new()
        {
            ["displayName"] = "Marque déplacée",
            ["hosts"] = "",
            ["prefix"] = "console-moved",
            ["theme"] = "Magazine",
        });
        var after = await client.GetStringAsync(new Uri("/admin", UriKind.Relative));

        Assert.Contains("href=\"/admin/tenants/console-move/edit\"", list, StringComparison.Ordinal);
        Assert.Contains("value=\"console-move\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Marque déplacée", after, StringComparison.Ordinal);
        Assert.Contains("/console-moved", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _host.Client().GetAsync(new Uri("/console-moved/", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Client().GetAsync(new Uri("/console-move/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Console_should_refuse_a_taken_prefix_and_show_the_form_again_with_what_was_typed()
    {
        Assert.Equal(0, (await CliRunner.RunAsync(_storage, "tenants", "create", "--name", "console-keep")).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync(_storage, "tenants", "create", "--name", "console-other")).ExitCode);
        var client = await SignedInClientAsync();

        var refused = await PostFormAsync(client, "/admin/tenants/console-keep/edit", "/admin/tenants/console-keep/edit", new()
        {
            ["displayName"] = "Nouveau nom",
            ["hosts"] = "",
            ["prefix"] = "console-other",
            ["theme"] = "Expert",
        });
        var page = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("prefix &#x27;/console-other&#x27; is already used by tenant &#x27;console-other&#x27;", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Nouveau nom\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Nouveau nom", await client.GetStringAsync(new Uri("/admin", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _host.Client().GetAsync(new Uri("/console-keep/", UriKind.Relative))).StatusCode);
    }

    private async Task<HttpClient> SignedInClientAsync()
    {
        var client = ConsoleSignIn.Browser(_host);
        var response = await PostFormAsync(client, "/admin/login", "/admin/login", new() { ["email"] = "staff@agency.test", ["password"] = TestStorage.AgencyPassword });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Loads the page holding the form, takes its antiforgery token, and posts like a browser.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(new Uri(formPage, UriKind.Relative));
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, "the form carries an antiforgery token");
        fields[token.Groups["name"].Value] = WebUtility.HtmlDecode(token.Groups["value"].Value);
        return await client.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>__RequestVerificationToken)\" value=\"(?<value>[^\"]+)\" ?/?>")]
    private static partial Regex TokenPattern();
}
