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

    [Fact]
    public async Task Article_form_should_tie_each_error_to_its_field_and_row_when_the_title_and_a_source_url_are_wrong()
    {
        var admin = await AdminClient.SignInAsync(_host.Client(), "tpl", "editor@tpl.test");

        var response = await admin.PostFormAsync("/articles/new", "/articles/new",
            [new("Title", string.Empty), new("Body", "Texte"), new("Language", "fr"), new("Sources[0].Title", "Rapport"), new("Sources[0].Url", "javascript:alert(1)"), new("action", "save")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("<div class=\"error\" role=\"alert\" id=\"error-summary\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Title\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Sources-0-Url\">", html, StringComparison.Ordinal);
        Assert.Matches("<input id=\"Title\" name=\"Title\" type=\"text\" value=\"\" aria-describedby=\"Title-error\" aria-invalid=\"true\"", html);
        Assert.Contains("<span class=\"field-error\" id=\"Title-error\">", html, StringComparison.Ordinal);
        Assert.Matches("<input id=\"Sources-0-Url\" name=\"Sources\\[0\\]\\.Url\" type=\"url\" value=\"javascript:alert\\(1\\)\" aria-describedby=\"Sources-0-Url-error\" aria-invalid=\"true\"", html);
        Assert.Contains("<span class=\"field-error\" id=\"Sources-0-Url-error\">", html, StringComparison.Ordinal);

        // Fields without a problem are not marked: the source's title keeps its value and no aria-invalid.
        Assert.Matches("<input id=\"Sources-0-Title\" name=\"Sources\\[0\\]\\.Title\" type=\"text\" value=\"Rapport\" ?/?>", html);
        AdminClient.AssertNoMissingText(html);
    }

    [Fact]
    public async Task Article_form_should_disable_every_fieldset_and_offer_no_button_when_an_author_opens_an_editors_article()
    {
        await AdminClient.AddUserAsync(_storage, "tpl", "author@tpl.test", "Author");
        var editor = await AdminClient.SignInAsync(_host.Client(), "tpl", "editor@tpl.test");
        var author = await AdminClient.SignInAsync(_host.Client(), "tpl", "author@tpl.test");
        var id = await editor.CreateArticleAsync("Article verrouillé");

        var locked = await author.PageAsync($"/articles/{id}");
        var own = await editor.PageAsync($"/articles/{id}");

        // Content, links, sources, corrections, fact-checks and SEO: six fieldsets, all disabled; the workflow fieldset is not rendered.
        Assert.Equal(6, System.Text.RegularExpressions.Regex.Count(locked, "<fieldset disabled>"));
        Assert.Contains("<p class=\"error\" role=\"status\">", locked, StringComparison.Ordinal);
        Assert.Contains("value=\"Article verrouillé\"", locked, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"action\"", locked, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"ScheduleAt\"", locked, StringComparison.Ordinal);

        // The editor who may change it sees the same form enabled, with the workflow.
        Assert.DoesNotContain("<fieldset disabled", own, StringComparison.Ordinal);
        Assert.Contains("name=\"action\" value=\"publish\"", own, StringComparison.Ordinal);
        Assert.Contains("name=\"ScheduleAt\" type=\"datetime-local\"", own, StringComparison.Ordinal);
        Assert.Matches("<script nonce=\"[^\"]+\">", own);
    }
}
