using System.Net;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Admin;

/// <summary>Settings, topics, experts, pages and redirects through the admin.</summary>
public sealed class AdminSiteTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private MediaHost _host = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
        await _host.CreateTenantAsync("site", prefix: "site");
        await AdminClient.AddUserAsync(_storage, "site", "admin@site.test", "Admin");
        await AdminClient.AddUserAsync(_storage, "site", "editor@site.test", "Editor");
        await AdminClient.AddUserAsync(_storage, "site", "author@site.test", "Author");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task Settings_change_should_show_on_the_cached_public_home_page_at_once()
    {
        var admin = await AdminClient.SignInAsync(_host.Client(), "site", "admin@site.test");
        var reader = _host.Client();
        var before = await reader.GetStringAsync(new Uri("/site/", UriKind.Relative));

        var saved = await admin.PostFormAsync("/settings", "/settings",
        [
            new("SiteName", "Energy Watch"),
            new("Description", "Sourced analyses."),
            new("Language", "en"),
            new("Theme", "Expert"),
            new("TimeZone", "America/New_York"),
            new("SocialLinks[0].Label", "Mastodon"),
            new("SocialLinks[0].Url", "https://mastodon.example/@energy"),
        ]);
        var after = await reader.GetStringAsync(new Uri("/site/", UriKind.Relative));
        var settings = await admin.PageAsync("/settings");

        Assert.DoesNotContain("Energy Watch", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Energy Watch", after, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", settings, StringComparison.Ordinal);
        Assert.Contains("Settings", settings, StringComparison.Ordinal);
        Assert.Contains("value=\"America/New_York\"", settings, StringComparison.Ordinal);
        Assert.Contains("value=\"https://mastodon.example/@energy\"", settings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Menu_should_replace_the_topics_in_the_public_navigation_and_refuse_a_script_link()
    {
        var admin = await AdminClient.SignInAsync(_host.Client(), "site", "admin@site.test");
        IEnumerable<KeyValuePair<string, string>> Settings(string secondUrl) =>
        [
            new("SiteName", "Menu"), new("Language", "fr"), new("Theme", "Magazine"), new("TimeZone", "Europe/Paris"),
            new("Menu[0].Label", "À propos"), new("Menu[0].Url", "~/a-propos"),
            new("Menu[1].Label", "Partenaire"), new("Menu[1].Url", secondUrl),
        ];

        var refused = await admin.PostFormAsync("/settings", "/settings", Settings("javascript:alert(1)"));
        var saved = await admin.PostFormAsync("/settings", "/settings", Settings("https://partenaire.example/"));
        var home = await _host.Client().GetStringAsync(new Uri("/site/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("href=\"#Menu-1-Url\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var nav = home[home.IndexOf("<nav", StringComparison.Ordinal)..home.IndexOf("</nav>", StringComparison.Ordinal)];
        Assert.Contains("<a href=\"/site/a-propos\">À propos</a>", nav, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://partenaire.example/\">Partenaire</a>", nav, StringComparison.Ordinal);
        Assert.Contains("value=\"/a-propos\"", await admin.PageAsync("/settings"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_should_refuse_an_unknown_time_zone_and_a_script_link_and_be_for_admins_only()
    {
        var admin = await AdminClient.SignInAsync(_host.Client(), "site", "admin@site.test");
        var editor = await AdminClient.SignInAsync(_host.Client(), "site", "editor@site.test");

        var response = await admin.PostFormAsync("/settings", "/settings",
        [
            new("SiteName", "Nom gardé"),
            new("Language", "fr"),
            new("Theme", "Expert"),
            new("TimeZone", "Mars/Olympus"),
            new("SocialLinks[0].Label", "Piège"),
            new("SocialLinks[0].Url", "javascript:alert(1)"),
        ]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("href=\"#TimeZone\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#SocialLinks-0-Url\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Nom gardé\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/settings")).StatusCode);
    }

    [Fact]
    public async Task Topic_should_show_an_error_and_keep_the_input_when_its_slug_is_taken()
    {
        var editor = await AdminClient.SignInAsync(_host.Client(), "site", "editor@site.test");
        var first = await editor.PostFormAsync("/topics/new", "/topics/new", [new("Name", "Énergie"), new("Slug", "")]);

        var duplicate = await editor.PostFormAsync("/topics/new", "/topics/new", [new("Name", "Energie bis"), new("Slug", "energie"), new("Description", "Une description gardée")]);
        var html = await duplicate.Content.ReadAsStringAsync();
        var list = await editor.PageAsync("/topics");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Contains("une autre rubrique utilise déjà « energie »", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Slug\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Energie bis\"", html, StringComparison.Ordinal);
        Assert.Contains("Une description gardée", html, StringComparison.Ordinal);
        Assert.Contains("Énergie", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Energie bis", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Topics_and_experts_should_be_offered_in_the_article_form_and_saved_with_it()
    {
        var editor = await AdminClient.SignInAsync(_host.Client(), "site", "editor@site.test");
        await editor.PostFormAsync("/topics/new", "/topics/new", [new("Name", "Climat")]);
        await editor.PostFormAsync("/topics/new", "/topics/new", [new("Name", "Adaptation"), new("Parent", "climat")]);
        var expert = await editor.PostFormAsync("/experts/new", "/experts/new", [new("Name", "Dr Claire Martin"), new("JobTitle", "Climatologue"), new("Links[0].Label", "ORCID"), new("Links[0].Url", "https://orcid.org/0000")]);

        var id = await editor.CreateArticleAsync("Canicules", extra: [new("Topics", "adaptation"), new("Experts", "dr-claire-martin")]);
        var form = await editor.PageAsync($"/articles/{id}");
        var byTopic = await editor.PageAsync("/articles?topic=adaptation");
        var byOther = await editor.PageAsync("/articles?topic=climat");
        var experts = await editor.PageAsync("/experts");

        Assert.Equal(HttpStatusCode.Redirect, expert.StatusCode);
        Assert.Contains("Climat › Adaptation", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Topics\" value=\"adaptation\" checked", form, StringComparison.Ordinal);
        Assert.Matches("name=\"Topics\" value=\"climat\" ?/?>", form);
        Assert.Contains("name=\"Experts\" value=\"dr-claire-martin\" checked", form, StringComparison.Ordinal);
        Assert.Contains("Canicules", byTopic, StringComparison.Ordinal);
        Assert.DoesNotContain(">Canicules<", byOther, StringComparison.Ordinal);
        Assert.Contains("Climatologue", experts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Topic_delete_should_be_refused_while_an_article_uses_it()
    {
        var editor = await AdminClient.SignInAsync(_host.Client(), "site", "editor@site.test");
        await editor.PostFormAsync("/topics/new", "/topics/new", [new("Name", "Sobriété")]);
        await editor.PostFormAsync("/topics/new", "/topics/new", [new("Name", "Vide")]);
        await editor.CreateArticleAsync("Moins consommer", extra: [new("Topics", "sobriete")]);
        var list = await editor.PageAsync("/topics");
        var used = System.Text.RegularExpressions.Regex.Match(list, "/topics/(\\d+)\">Sobriété").Groups[1].Value;
        var unused = System.Text.RegularExpressions.Regex.Match(list, "/topics/(\\d+)\">Vide").Groups[1].Value;

        var refused = await editor.PostFormAsync("/topics", $"/topics/{used}/delete", []);
        var deleted = await editor.PostFormAsync("/topics", $"/topics/{unused}/delete", []);
        var after = await editor.PageAsync("/topics");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("still used", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("Sobriété", after, StringComparison.Ordinal);
        Assert.DoesNotContain(">Vide<", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_and_redirects_should_be_managed_by_editors_and_served_by_the_public_site()
    {
        var editor = await AdminClient.SignInAsync(_host.Client(), "site", "editor@site.test");
        var author = await AdminClient.SignInAsync(_host.Client(), "site", "author@site.test");

        var page = await editor.PostFormAsync("/pages/new", "/pages/new", [new("Title", "A propos"), new("Path", "a-propos"), new("Body", "Qui nous sommes."), new("Published", "true")]);
        var redirect = await editor.PostFormAsync("/redirects", "/redirects", [new("From", "/qui-sommes-nous"), new("To", "/a-propos")]);
        var selfRedirect = await editor.PostFormAsync("/redirects", "/redirects", [new("From", "/boucle"), new("To", "/boucle")]);
        var publicPage = await _host.Client().GetAsync(new Uri("/site/a-propos", UriKind.Relative));
        var moved = await _host.Client().GetAsync(new Uri("/site/qui-sommes-nous", UriKind.Relative));
        var authorPages = await author.GetAsync("/pages");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, selfRedirect.StatusCode);
        Assert.Contains("value=\"/boucle\"", await selfRedirect.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, publicPage.StatusCode);
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/site/a-propos", moved.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, authorPages.StatusCode);
    }
}
