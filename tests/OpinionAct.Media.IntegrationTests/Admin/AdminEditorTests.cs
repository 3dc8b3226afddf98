using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Admin;

/// <summary>
/// The article editor's writing experience over HTTP: the themed preview, the conflict check (manual saves and
/// autosave), source and correction rows, and revision labels and validation messages in the admin's language.
/// </summary>
public sealed partial class AdminEditorTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private MediaHost _host = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
        await _host.CreateTenantAsync("ed", prefix: "ed");
        await AdminClient.AddUserAsync(_storage, "ed", "admin@ed.test", "Admin");
        await AdminClient.AddUserAsync(_storage, "ed", "editor@ed.test", "Editor");
        await AdminClient.AddUserAsync(_storage, "ed", "other@ed.test", "Editor");
        await AdminClient.AddUserAsync(_storage, "ed", "author@ed.test", "Author");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task Themed_preview_should_render_the_whole_unsaved_article_in_the_hub_theme_without_writing_anything()
    {
        var author = await AdminClient.SignInAsync(_host.Client(), "ed", "author@ed.test");
        var token = AdminClient.Token(await author.PageAsync("/articles/new"));

        var response = await author.PostWithTokenAsync(token, "/articles/preview",
        [
            new("Title", "Chaleur renouvelable"),
            new("Dek", "Un chapô pour l'aperçu"),
            new("Body", "Corps **gras** et l'énergie.\n\n<script>alert(1)</script>\n\n[piège](javascript:alert(2))"),
            new("Language", "fr"),
            new("Sources[0].Title", "Bilan de l'Ademe"),
            new("Sources[0].Url", "https://www.ademe.fr/bilan"),
            new("Corrections[0].Date", "2026-01-02"),
            new("Corrections[0].Text", "Chiffre de 2024 corrigé"),
        ]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("template-article", html, StringComparison.Ordinal);
        Assert.Contains("/ed/assets/", html, StringComparison.Ordinal);
        Assert.Contains("Chaleur renouvelable", html, StringComparison.Ordinal);
        Assert.Contains("Un chapô pour l", html, StringComparison.Ordinal);
        Assert.Contains("<strong>gras</strong>", html, StringComparison.Ordinal);
        Assert.Contains("Bilan de l", html, StringComparison.Ordinal);
        Assert.Contains("Chiffre de 2024 corrigé", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("t.js", html, StringComparison.Ordinal);
        Assert.Contains("noindex", string.Join(",", response.Headers.GetValues("X-Robots-Tag")), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore, "the preview is never cached");
        Assert.True(int.Parse(string.Join(",", response.Headers.GetValues("X-Media-Words")), System.Globalization.CultureInfo.InvariantCulture) >= 5, "the body's words, counted as a save would");
        Assert.Equal((0, 0), await CountsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Client().GetAsync(new Uri("/ed/chaleur-renouvelable", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Themed_preview_should_be_refused_when_the_token_is_missing_or_the_account_may_not_write()
    {
        var editor = await AdminClient.SignInAsync(_host.Client(), "ed", "editor@ed.test");
        var admin = await AdminClient.SignInAsync(_host.Client(), "ed", "admin@ed.test");
        var token = AdminClient.Token(await editor.PageAsync("/articles/new"));

        var forged = await editor.Http.PostAsync(editor.Url("/articles/preview"), new FormUrlEncodedContent([new("Title", "Sans jeton"), new("Body", "Texte forgé")]));
        var anonymous = await _host.Client().PostAsync(new Uri("/ed/admin/articles/preview", UriKind.Relative), new FormUrlEncodedContent([new("Title", "Anonyme")]));
        var editorId = await UserIdAsync("editor@ed.test");
        var removed = await admin.PostFormAsync("/people", $"/people/{editorId}/roles/remove", [new("role", "Editor")]);
        var withoutRole = await editor.PostWithTokenAsync(token, "/articles/preview", [new("Title", "Sans rôle"), new("Body", "Texte sans rôle")]);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.DoesNotContain("Texte forgé", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/ed/admin/login", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withoutRole.StatusCode);
        Assert.DoesNotContain("Texte sans rôle", await withoutRole.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_form_should_show_the_preview_frame_side_panel_and_script_file_without_inline_script()
    {
        var editor = await AdminClient.SignInAsync(_host.Client(), "ed", "editor@ed.test");
        var id = await editor.CreateArticleAsync("L'énergie des marées", "Aujourd’hui, l'énergie « marémotrice » est peut-être prête.");

        var form = await editor.PageAsync($"/articles/{id}");
        var preview = await editor.PostFormAsync($"/articles/{id}", $"/articles/{id}", [new("Title", "L'énergie des marées"), new("Body", "Texte **prévisualisé**"), new("Language", "fr"), new("BaseRevision", "1"), new("action", "preview")]);
        var previewed = await preview.Content.ReadAsStringAsync();
        var script = ScriptPattern().Match(form);
        var file = await editor.Http.GetAsync(new Uri(WebUtility.HtmlDecode(script.Groups[1].Value), UriKind.Relative));

        Assert.Contains("<iframe id=\"preview-frame\"", form, StringComparison.Ordinal);
        Assert.Contains("sandbox=\"allow-same-origin\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("allow-scripts", form, StringComparison.Ordinal);
        Assert.Contains("name=\"BaseRevision\" value=\"1\"", form, StringComparison.Ordinal);
        Assert.Contains("/ed/l-energie-des-marees", form, StringComparison.Ordinal);
        Assert.Contains("6 mots", form, StringComparison.Ordinal);
        Assert.Contains("1 min de lecture", form, StringComparison.Ordinal);
        Assert.Contains("id=\"serp-title\">L&#x27;énergie des marées · ", form, StringComparison.Ordinal);
        Assert.Contains("id=\"card-title\">L&#x27;énergie des marées<", form, StringComparison.Ordinal);
        Assert.Contains("data-autosave-url=\"/ed/admin/articles/" + id + "/autosave\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("getElementById('Body')", form, StringComparison.Ordinal);
        Assert.True(script.Success, "the editor loads its script file");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("text/javascript", file.Content.Headers.ContentType?.MediaType);
        Assert.Contains("beforeunload", await file.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("srcdoc=\"", previewed, StringComparison.Ordinal);
        Assert.Contains("&lt;strong&gt;prévisualisé&lt;/strong&gt;", previewed, StringComparison.Ordinal);
        Assert.Contains("template-article", previewed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_should_be_refused_with_the_text_kept_when_someone_else_saved_since_the_form_was_opened()
    {
        var editor = await AdminClient.SignInAsync(_host.Client(), "ed", "editor@ed.test");
        var other = await AdminClient.SignInAsync(_host.Client(), "ed", "other@ed.test");
        var id = await editor.CreateArticleAsync("Titre d'origine", "Texte d'origine.");

        var first = await other.PostFormAsync($"/articles/{id}", $"/articles/{id}", Fields("Version de l'autre", "Texte de l'autre.", "1"));
        var stale = await editor.PostFormAsync($"/articles/{id}", $"/articles/{id}", Fields("Ma version", "Mon texte à garder.", "1"));
        var refused = await stale.Content.ReadAsStringAsync();
        var current = await editor.PageAsync($"/articles/{id}");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Quelqu&#x27;un d&#x27;autre a modifié cet article", refused, StringComparison.Ordinal);
        Assert.Contains("other@ed.test a créé la version 2", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"Ma version\"", refused, StringComparison.Ordinal);
        Assert.Contains("Mon texte à garder.", refused, StringComparison.Ordinal);
        Assert.Contains($"/ed/admin/articles/{id}/revisions/compare?from=1&amp;to=2", refused, StringComparison.Ordinal);
        Assert.Contains("name=\"Overwrite\" value=\"2\"", refused, StringComparison.Ordinal);
        Assert.Contains("name=\"BaseRevision\" value=\"1\"", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"Version de l&#x27;autre\"", current, StringComparison.Ordinal);

        // A third save meanwhile: the choice to overwrite revision 2 no longer holds.
        await other.PostFormAsync($"/articles/{id}", $"/articles/{id}", Fields("Troisième version", "Encore un texte.", "2"));
        var staleOverwrite = await editor.PostFormAsync($"/articles/{id}", $"/articles/{id}", [.. Fields("Ma version", "Mon texte à garder.", "1"), new("Overwrite", "2")]);
        var overwrite = await editor.PostFormAsync($"/articles/{id}", $"/articles/{id}", [.. Fields("Ma version", "Mon texte à garder.", "1"), new("Overwrite", "3")]);
        var kept = await editor.PageAsync($"/articles/{id}");

        Assert.Equal(HttpStatusCode.Conflict, staleOverwrite.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, overwrite.StatusCode);
        Assert.Contains("value=\"Ma version\"", kept, StringComparison.Ordinal);
        Assert.Contains("name=\"BaseRevision\" value=\"4\"", kept, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Autosave_should_save_a_draft_and_refuse_a_stale_base_or_a_published_article()
    {
        var editor = await AdminClient.SignInAsync(_host.Client(), "ed", "editor@ed.test");
        var draftId = await editor.CreateArticleAsync("Brouillon autosauvé", "Premier jet.");
        var publishedId = await editor.CreateArticleAsync("Déjà publié", "En ligne.", action: "publish");
        var token = AdminClient.Token(await editor.PageAsync($"/articles/{draftId}"));

        var saved = await editor.PostWithTokenAsync(token, $"/articles/{draftId}/autosave", Fields("Brouillon autosauvé", "Deuxième jet.", "1"));
        var savedJson = await JsonAsync(saved);
        var stale = await editor.PostWithTokenAsync(token, $"/articles/{draftId}/autosave", Fields("Brouillon autosauvé", "Jet concurrent.", "1"));
        var staleJson = await JsonAsync(stale);
        var published = await editor.PostWithTokenAsync(token, $"/articles/{publishedId}/autosave", Fields("Déjà publié", "Changement silencieux.", "2"));
        var draftForm = await editor.PageAsync($"/articles/{draftId}");
        var revisions = await editor.PageAsync($"/articles/{draftId}/revisions");
        var live = await _host.Client().GetStringAsync(new Uri("/ed/deja-publie", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.True(savedJson.GetProperty("saved").GetBoolean());
        Assert.Equal(2, savedJson.GetProperty("revision").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("conflict", staleJson.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, published.StatusCode);
        Assert.Contains("Deuxième jet.", draftForm, StringComparison.Ordinal);
        Assert.DoesNotContain("Jet concurrent.", draftForm, StringComparison.Ordinal);
        Assert.Contains("enregistrement automatique", revisions, StringComparison.Ordinal);
        Assert.DoesNotContain("Changement silencieux.", live, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Source_rows_should_round_trip_when_rows_are_added_and_removed()
    {
        var editor = await AdminClient.SignInAsync(_host.Client(), "ed", "editor@ed.test");
        var id = await editor.CreateArticleAsync("Quatre sources", extra:
        [
            .. Source(0, "Source A"), .. Source(1, "Source B"), .. Source(2, "Source C"), .. Source(3, "Source D"),
            new("Corrections[0].Date", "2026-03-04"), new("Corrections[0].Text", "Correction à retirer"),
        ]);
        var form = await editor.PageAsync($"/articles/{id}");

        var added = await editor.PostFormAsync($"/articles/{id}", $"/articles/{id}",
            [.. Fields("Quatre sources", "Un paragraphe.", "1", "add_source"), .. Source(0, "Source A"), .. Source(1, "Source B"), .. Source(2, "Source C"), .. Source(3, "Source D"), new("Sources[4].Title", "")]);
        var withBlanks = await added.Content.ReadAsStringAsync();
        var removed = await editor.PostFormAsync($"/articles/{id}", $"/articles/{id}",
        [
            .. Fields("Quatre sources", "Un paragraphe.", "1"),
            .. Source(0, "Source A"), .. Source(1, "Source B"), new("Sources[1].Remove", "true"), .. Source(2, "Source C"), .. Source(3, "Source D"), new("Sources[4].Title", ""),
            new("Corrections[0].Date", "2026-03-04"), new("Corrections[0].Text", "Correction à retirer"), new("Corrections[0].Remove", "true"),
        ]);
        var after = await editor.PageAsync($"/articles/{id}");

        Assert.Contains("name=\"Sources[3].Title\" type=\"text\" value=\"Source D\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Sources[4].Title\" type=\"text\" value=\"\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Sources[5].Title\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Sources[1].Remove\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"add_source\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("name=\"Sources[5].Title\" type=\"text\" value=\"\"", withBlanks, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Sources[6].Title\"", withBlanks, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain("Source B", after, StringComparison.Ordinal);
        Assert.Contains("name=\"Sources[1].Title\" type=\"text\" value=\"Source C\"", after, StringComparison.Ordinal);
        Assert.Contains("name=\"Sources[2].Title\" type=\"text\" value=\"Source D\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Correction à retirer", after, StringComparison.Ordinal);
        Assert.Equal(2, await RevisionCountAsync(id));
    }

    [Fact]
    public async Task Revisions_should_describe_what_happened_in_French_when_the_site_is_in_French()
    {
        var editor = await AdminClient.SignInAsync(_host.Client(), "ed", "editor@ed.test");
        var id = await editor.CreateArticleAsync("Historique en français");
        await editor.PostFormAsync($"/articles/{id}", $"/articles/{id}", Fields("Historique en français", "Texte revu.", "1"));
        await editor.PostFormAsync($"/articles/{id}", $"/articles/{id}", [.. Fields("Historique en français", "Texte revu.", "2", "publish")]);
        await editor.PostFormAsync($"/articles/{id}/revisions", $"/articles/{id}/revisions/1/restore", []);

        var list = await editor.PageAsync($"/articles/{id}/revisions");

        Assert.Contains("<td>création</td>", list, StringComparison.Ordinal);
        Assert.Contains("<td>enregistrement</td>", list, StringComparison.Ordinal);
        Assert.Contains("<td>publication</td>", list, StringComparison.Ordinal);
        Assert.Contains("<td>version 1 restaurée</td>", list, StringComparison.Ordinal);
        Assert.DoesNotContain(">published<", list, StringComparison.Ordinal);
        Assert.DoesNotContain(">created<", list, StringComparison.Ordinal);
        Assert.DoesNotContain("· saved", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validation_messages_should_reach_a_French_admin_in_French()
    {
        var editor = await AdminClient.SignInAsync(_host.Client(), "ed", "editor@ed.test");

        var response = await editor.PostFormAsync("/articles/new", "/articles/new",
        [
            new("Title", " "), new("Body", "Texte"), new("Language", "fr"), new("Path", "admin/piege"),
            new("Sources[0].Title", "Rapport"), new("Sources[0].Url", "javascript:alert(1)"), new("action", "save"),
        ]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("est obligatoire.", html, StringComparison.Ordinal);
        Assert.Contains("« javascript:alert(1) » doit être une adresse http ou https complète.", html, StringComparison.Ordinal);
        Assert.Contains("commence par « admin », que le site utilise pour ses propres pages.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("is required", html, StringComparison.Ordinal);
        Assert.DoesNotContain("must be an absolute", html, StringComparison.Ordinal);
    }

    private static List<KeyValuePair<string, string>> Fields(string title, string body, string baseRevision, string action = "save") =>
        [new("Title", title), new("Body", body), new("Language", "fr"), new("BaseRevision", baseRevision), new("action", action)];

    private static KeyValuePair<string, string>[] Source(int i, string title) =>
        [new($"Sources[{i}].Title", title), new($"Sources[{i}].Url", $"https://example.org/{i}")];

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private async Task<(int Articles, int Revisions)> CountsAsync()
    {
        await using var scope = await _host.TenantScopeAsync("ed");
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        return (await db.Articles.CountAsync(), await db.ArticleRevisions.CountAsync());
    }

    private async Task<int> RevisionCountAsync(int id)
    {
        await using var scope = await _host.TenantScopeAsync("ed");
        return await scope.ServiceProvider.GetRequiredService<TenantDbContext>().ArticleRevisions.CountAsync(r => r.ArticleId == id);
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = await _host.TenantScopeAsync("ed");
        return (await scope.ServiceProvider.GetRequiredService<UserManager<TenantUser>>().FindByEmailAsync(email))!.Id;
    }

    [GeneratedRegex("<script src=\"([^\"]*article-editor\\.js[^\"]*)\" nonce=\"[^\"]+\"")]
    private static partial Regex ScriptPattern();
}
