using System.Net;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Admin;

/// <summary>The article editor and workflow, by role, seen from the admin and from the public site.</summary>
public sealed class AdminArticlesTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private MediaHost _host = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
        await _host.CreateTenantAsync("news", prefix: "news");
        await AdminClient.AddUserAsync(_storage, "news", "editor@news.test", "Editor");
        await AdminClient.AddUserAsync(_storage, "news", "author@news.test", "Author");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task Author_should_create_and_edit_a_draft_but_not_publish_it()
    {
        var author = await AdminClient.SignInAsync(_host.Client(), "news", "author@news.test");

        var id = await author.CreateArticleAsync("Brouillon d'auteur");
        var form = await author.PageAsync($"/articles/{id}");
        var saved = await author.PostFormAsync($"/articles/{id}", $"/articles/{id}", [new("Title", "Brouillon d'auteur, revu"), new("Body", "Texte revu."), new("Language", "fr"), new("action", "save")]);
        var publish = await author.PostFormAsync($"/articles/{id}", $"/articles/{id}", [new("Title", "Brouillon d'auteur, revu"), new("Body", "Texte revu."), new("Language", "fr"), new("action", "publish")]);
        var after = await author.PageAsync($"/articles/{id}");
        var publicPage = await _host.Client().GetAsync(new Uri("/news/brouillon-d-auteur", UriKind.Relative));

        Assert.Contains("value=\"save\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"publish\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"schedule\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Contains("Brouillon d&#x27;auteur, revu", after, StringComparison.Ordinal);
        Assert.Contains("status-Draft", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, publicPage.StatusCode);
    }

    [Fact]
    public async Task Author_should_not_edit_an_article_when_an_editor_owns_it()
    {
        var editor = await AdminClient.SignInAsync(_host.Client(), "news", "editor@news.test");
        var author = await AdminClient.SignInAsync(_host.Client(), "news", "author@news.test");
        var id = await editor.CreateArticleAsync("Article de l'éditrice");

        var form = await author.PageAsync($"/articles/{id}");
        var save = await author.PostFormAsync("/articles", $"/articles/{id}", [new("Title", "Détourné"), new("Language", "fr"), new("action", "save")]);
        var restore = await author.PostFormAsync("/articles", $"/articles/{id}/revisions/1/restore", []);

        Assert.Contains("<fieldset disabled>", form, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"save\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"preview\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, restore.StatusCode);
        Assert.DoesNotContain("Détourné", await editor.PageAsync($"/articles/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_should_publish_an_article_to_the_public_site_and_unpublish_it_away()
    {
        var editor = await AdminClient.SignInAsync(_host.Client(), "news", "editor@news.test");
        var reader = _host.Client();
        var id = await editor.CreateArticleAsync("Rénovation énergétique", "Isoler d'abord les combles.");

        var before = await reader.GetAsync(new Uri("/news/renovation-energetique", UriKind.Relative));
        var published = await editor.PostFormAsync($"/articles/{id}", $"/articles/{id}", [new("Title", "Rénovation énergétique"), new("Body", "Isoler d'abord les combles."), new("Language", "fr"), new("action", "publish")]);
        var live = await reader.GetAsync(new Uri("/news/renovation-energetique", UriKind.Relative));
        var unpublished = await editor.PostFormAsync($"/articles/{id}", $"/articles/{id}", [new("Title", "Rénovation énergétique"), new("Body", "Isoler d'abord les combles."), new("Language", "fr"), new("action", "unpublish")]);
        var gone = await reader.GetAsync(new Uri("/news/renovation-energetique", UriKind.Relative));
        var form = await editor.PageAsync($"/articles/{id}?done=unpublish");

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Contains("Isoler d", await live.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Contains("status-Draft", form, StringComparison.Ordinal);
        Assert.Contains("role=\"status\"", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_form_should_show_every_error_and_keep_the_input_when_validation_fails()
    {
        var editor = await AdminClient.SignInAsync(_host.Client(), "news", "editor@news.test");

        var response = await editor.PostFormAsync("/articles/new", "/articles/new",
        [
            new("Title", "   "),
            new("Dek", "Un chapô à garder"),
            new("Body", "Un corps à garder\nsur deux lignes"),
            new("Language", "fr"),
            new("CoverImage", "https://img.example/cover.jpg"),
            new("Sources[0].Title", "Rapport de l'Ademe"),
            new("Sources[0].Url", "javascript:alert(1)"),
            new("Corrections[0].Date", "pas une date"),
            new("Corrections[0].Text", "Chiffre corrigé"),
            new("action", "publish"),
        ]);
        var html = await response.Content.ReadAsStringAsync();
        var list = await editor.PageAsync("/articles");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("id=\"error-summary\"", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Title\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#CoverAlt\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Sources-0-Url\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Corrections-0-Date\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("Un chapô à garder", html, StringComparison.Ordinal);
        Assert.Contains("Un corps à garder&#xA;sur deux lignes</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"https://img.example/cover.jpg\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Rapport de l&#x27;Ademe\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"pas une date\"", html, StringComparison.Ordinal);
        Assert.Contains("Chiffre corrigé", html, StringComparison.Ordinal);
        AdminClient.AssertNoMissingText(html);
        Assert.Contains("Aucun article", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_title_should_be_encoded_in_the_admin_list_and_on_the_public_page()
    {
        var editor = await AdminClient.SignInAsync(_host.Client(), "news", "editor@news.test");
        const string hostile = "<script>alert('x')</script> Titre piege";

        var id = await editor.CreateArticleAsync(hostile, "<img src=x onerror=alert(1)>", action: "publish");
        var list = await editor.PageAsync("/articles");
        var form = await editor.PageAsync($"/articles/{id}");
        var publicPage = await _host.Client().GetStringAsync(new Uri("/news/script-alert-x-script-titre-piege", UriKind.Relative));

        Assert.Contains("&lt;script&gt;", list, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", list, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", form, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", form, StringComparison.Ordinal);
        Assert.Contains("Titre piege", publicPage, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", publicPage, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", publicPage, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", publicPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_and_corrections_should_round_trip_when_blank_rows_are_mixed_in()
    {
        var editor = await AdminClient.SignInAsync(_host.Client(), "news", "editor@news.test");

        var id = await editor.CreateArticleAsync("Réseaux électriques", "Le reseau doit doubler.", action: "publish", extra:
        [
            new("Sources[0].Title", "Bilan prévisionnel"),
            new("Sources[0].Url", "https://www.rte-france.com/bilan"),
            new("Sources[0].Publisher", "RTE"),
            new("Sources[0].Claim", "La consommation augmente"),
            new("Sources[1].Title", ""),
            new("Sources[2].Title", "Stratégie nationale bas-carbone"),
            new("Corrections[0].Date", "2026-03-01"),
            new("Corrections[0].Text", "Le chiffre de 2030 a été corrigé."),
        ]);
        var form = await editor.PageAsync($"/articles/{id}");
        var publicPage = await _host.Client().GetStringAsync(new Uri("/news/reseaux-electriques", UriKind.Relative));

        // The public page's sources and corrections are the theme's job (Fluid themes land on their own branch).

        Assert.Contains("name=\"Sources[0].Title\" type=\"text\" value=\"Bilan prévisionnel\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Sources[0].Url\" type=\"url\" value=\"https://www.rte-france.com/bilan\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Sources[0].Publisher\" type=\"text\" value=\"RTE\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Sources[1].Title\" type=\"text\" value=\"Stratégie nationale bas-carbone\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Sources[2].Title\" type=\"text\" value=\"\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Sources[3].Title\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Corrections[0].Date\" type=\"date\" value=\"2026-03-01\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Corrections[1].Date\" type=\"date\" value=\"\"", form, StringComparison.Ordinal);
        Assert.Contains("Le reseau doit doubler.", publicPage, StringComparison.Ordinal);
        Assert.Contains("Le chiffre de 2030 a été corrigé.</textarea>", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_list_should_filter_by_status_and_search_the_title()
    {
        var editor = await AdminClient.SignInAsync(_host.Client(), "news", "editor@news.test");
        await editor.CreateArticleAsync("Hydrogène vert", action: "publish");
        await editor.CreateArticleAsync("Pompes à chaleur");

        var published = await editor.PageAsync("/articles?status=Published");
        var search = await editor.PageAsync("/articles?q=pompes");

        Assert.Contains("Hydrogène vert", published, StringComparison.Ordinal);
        Assert.DoesNotContain("Pompes à chaleur", published, StringComparison.Ordinal);
        Assert.Contains("Pompes à chaleur", search, StringComparison.Ordinal);
        Assert.DoesNotContain("Hydrogène vert", search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_button_should_render_the_article_in_the_preview_frame_without_saving()
    {
        var author = await AdminClient.SignInAsync(_host.Client(), "news", "author@news.test");

        var response = await author.PostFormAsync("/articles/new", "/articles/new", [new("Title", "Essai"), new("Body", "Texte a previsualiser"), new("Language", "fr"), new("action", "preview")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<iframe id=\"preview-frame\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;p&gt;Texte a previsualiser&lt;/p&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Aucun article", await author.PageAsync("/articles"), StringComparison.Ordinal);
    }
}
