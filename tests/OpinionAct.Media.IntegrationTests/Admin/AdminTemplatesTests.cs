using System.Net;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Admin;

/// <summary>The admin's Razor component pages: the shell, fields tied to their errors, and tokens on every form.</summary>
public sealed class AdminTemplatesTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private MediaHost _host = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
        await _host.CreateTenantAsync("tpl", prefix: "tpl");
        await AdminClient.AddUserAsync(_storage, "tpl", "editor@tpl.test", "Editor");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task Topic_form_should_mark_the_field_in_error_and_link_it_from_the_summary_when_the_name_is_missing()
    {
        var admin = await AdminClient.SignInAsync(_host.Client(), "tpl", "editor@tpl.test");

        var response = await admin.PostFormAsync("/topics/new", "/topics/new", [new("Name", string.Empty), new("Slug", "<b>pompe</b>")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Name\">", html, StringComparison.Ordinal);
        Assert.Matches("<input id=\"Name\" name=\"Name\" type=\"text\" value=\"\" aria-describedby=\"Name-error\" aria-invalid=\"true\"", html);
        Assert.Contains("<span class=\"field-error\" id=\"Name-error\">", html, StringComparison.Ordinal);

        // What the editor typed comes back encoded, never as markup.
        Assert.Contains("value=\"&lt;b&gt;pompe&lt;/b&gt;\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>pompe</b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_shell_should_mark_the_current_section_and_offer_only_what_the_role_allows()
    {
        var admin = await AdminClient.SignInAsync(_host.Client(), "tpl", "editor@tpl.test");

        var html = await admin.PageAsync("/topics");

        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Thèmes · ", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/tpl/admin/topics\" aria-current=\"page\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/tpl/admin/articles\" aria-current", html, StringComparison.Ordinal);

        // An Editor publishes but does not manage the site: no settings or people in the navigation.
        Assert.DoesNotContain("/tpl/admin/settings", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/tpl/admin/people", html, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", html, StringComparison.Ordinal);
    }
}
