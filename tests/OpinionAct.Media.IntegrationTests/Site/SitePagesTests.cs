using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Content;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Site;

public sealed partial class SitePagesTests : IAsyncLifetime
{
    private const string Hostile = "<script>alert('x')</script>";
    private TestStorage _storage = null!;
    private MediaHost _host = null!;
    private ContentSeed _seed = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
        await _host.CreateTenantAsync("pages");
        _seed = new ContentSeed(_host, "pages");
        await _seed.TopicAsync("Rénovation énergétique", "renovation");
        await _seed.TopicAsync("Pompes à chaleur", "pompes-a-chaleur", parent: "renovation");
        await _seed.ExpertAsync("Claire Morel", "Ingénieure thermicienne");
        await _seed.ArticleAsync(ContentSeed.Draft("Isoler les combles perdus", ["renovation"], ["claire-morel"]) with
        {
            Path = "isoler-les-combles",
            Featured = true,
            Sources = [new SourceEntry("Guide de l'isolation", "https://www.ademe.fr/", "ADEME", "Un tiers des pertes passe par le toit.")],
            Corrections = [new CorrectionEntry(DateTimeOffset.UtcNow, "Une version précédente surestimait les pertes.")],
        });
        await _seed.ArticleAsync(ContentSeed.Draft("Choisir sa pompe à chaleur", ["pompes-a-chaleur"], ["claire-morel"]));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    private Task<string> GetAsync(string path) => _host.Client().GetStringAsync(new Uri(path, UriKind.Relative));

    [Fact]
    public async Task Article_page_should_show_proof_byline_sources_and_corrections()
    {
        var html = await GetAsync("/pages/isoler-les-combles");

        Assert.Contains("<h1", html, StringComparison.Ordinal);
        Assert.Contains("Isoler les combles perdus", html, StringComparison.Ordinal);
        Assert.Contains("Claire Morel", html, StringComparison.Ordinal);
        Assert.Contains("Ingénieure thermicienne", html, StringComparison.Ordinal);
        Assert.Contains("Docteure en énergétique", html, StringComparison.Ordinal);
        Assert.Contains("Guide de l&#x27;isolation", html, StringComparison.Ordinal);
        Assert.Contains("Un tiers des pertes passe par le toit.", html, StringComparison.Ordinal);
        Assert.Contains("Une version précédente surestimait les pertes.", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/pages/isoler-les-combles\">", html, StringComparison.Ordinal);
        Assert.Contains("property=\"og:type\" content=\"article\"", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/pages/topics/renovation\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_json_ld_should_describe_author_citations_and_corrections()
    {
        var html = await GetAsync("/pages/isoler-les-combles");
        var json = JsonDocument.Parse(JsonLdPattern().Match(html).Groups[1].Value).RootElement;

        Assert.Equal("Article", json.GetProperty("@type").GetString());
        Assert.Equal("Isoler les combles perdus", json.GetProperty("headline").GetString());
        var author = json.GetProperty("author")[0];
        Assert.Equal("Person", author.GetProperty("@type").GetString());
        Assert.Equal("Ingénieure thermicienne", author.GetProperty("jobTitle").GetString());
        Assert.Equal("Rénovation énergétique", author.GetProperty("knowsAbout")[0].GetString());
        Assert.Equal("https://www.ademe.fr/", json.GetProperty("citation")[0].GetProperty("url").GetString());
        Assert.Equal("CorrectionComment", json.GetProperty("correction")[0].GetProperty("@type").GetString());
        Assert.Equal("Organization", json.GetProperty("publisher").GetProperty("@type").GetString());
    }

    [Fact]
    public async Task Hostile_text_should_be_encoded_in_the_page_and_in_structured_data()
    {
        await _seed.ArticleAsync(ContentSeed.Draft($"Titre {Hostile}") with
        {
            Path = "hostile",
            Dek = Hostile,
            Sources = [new SourceEntry(Hostile, "https://example.org/", Hostile, Hostile)],
            Corrections = [new CorrectionEntry(DateTimeOffset.UtcNow, Hostile)],
        });

        var html = await GetAsync("/pages/hostile");

        Assert.DoesNotContain(Hostile, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        var jsonLd = JsonLdPattern().Match(html).Groups[1].Value;
        Assert.DoesNotContain("</script", jsonLd, StringComparison.OrdinalIgnoreCase);
        Assert.Equal($"Titre {Hostile}", JsonDocument.Parse(jsonLd).RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public async Task Topic_page_should_list_its_subtopics_articles_and_announce_its_feed()
    {
        var html = await GetAsync("/pages/topics/renovation");

        Assert.Contains("Choisir sa pompe à chaleur", html, StringComparison.Ordinal);
        Assert.Contains("Isoler les combles perdus", html, StringComparison.Ordinal);
        Assert.Contains("http://localhost/pages/topics/renovation/feed.xml", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/pages/topics/pompes-a-chaleur\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expert_page_should_show_credentials_bio_and_articles()
    {
        var html = await GetAsync("/pages/experts/claire-morel");

        Assert.Contains("Docteure en énergétique", html, StringComparison.Ordinal);
        Assert.Contains("<strong>rénovation</strong>", html, StringComparison.Ordinal);
        Assert.Contains("Choisir sa pompe à chaleur", html, StringComparison.Ordinal);
        Assert.Contains("\"@type\":\"Person\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_should_show_featured_and_latest_articles_and_website_data()
    {
        var html = await GetAsync("/pages/");

        Assert.Contains("Isoler les combles perdus", html, StringComparison.Ordinal);
        Assert.Contains("Choisir sa pompe à chaleur", html, StringComparison.Ordinal);
        Assert.Contains("\"@type\":\"WebSite\"", html, StringComparison.Ordinal);
        Assert.Contains("type=\"application/atom&#x2B;xml\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_found_page_should_be_themed_and_not_indexed()
    {
        var response = await _host.Client().GetAsync(new Uri("/pages/nulle-part", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page introuvable", html, StringComparison.Ordinal);
        Assert.Contains("noindex", html, StringComparison.Ordinal);
        Assert.Contains("/pages/assets/expert/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Theme_assets_should_be_served_immutable_and_never_outside_the_theme()
    {
        var html = await GetAsync("/pages/");
        var css = AssetPattern().Match(html).Groups[1].Value;
        var client = _host.Client();

        var asset = await client.GetAsync(new Uri(css, UriKind.Relative));
        var traversal = await client.GetAsync(new Uri("/pages/assets/expert/0/..%2F..%2Fappsettings.json", UriKind.Relative));
        var unknown = await client.GetAsync(new Uri("/pages/assets/nope/1/site.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("text/css", asset.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", asset.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, traversal.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Theme_chosen_by_a_recipe_should_change_the_site_and_evict_the_cache()
    {
        var before = await GetAsync("/pages/");
        var file = Path.Combine(_storage.DataPath, "magazine.recipe.json");
        await File.WriteAllTextAsync(file, """{ "name": "to-magazine", "steps": [ { "name": "themes", "site": "Magazine" }, { "name": "settings", "SiteName": "Le Mag" } ] }""");
        var tenant = await _host.Get<OpinionAct.Media.Tenants.ITenantStore>().FindAsync("pages", default);

        var report = await _host.Provisioner.RunRecipeAsync(tenant!, OpinionAct.Media.Recipes.RecipeCatalog.ReadFile(file, new OpinionAct.Media.Recipes.RecipeLimits().MaxBytes), default);
        var after = await GetAsync("/pages/");

        Assert.True(report.Succeeded, report.Summary);
        Assert.Contains("/pages/assets/expert/", before, StringComparison.Ordinal);
        Assert.Contains("/pages/assets/magazine/", after, StringComparison.Ordinal);
        Assert.Contains("Le Mag", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recipe_should_be_refused_and_keep_the_theme_when_it_names_the_base_theme()
    {
        var file = Path.Combine(_storage.DataPath, "base.recipe.json");
        await File.WriteAllTextAsync(file, """{ "name": "to-base", "steps": [ { "name": "themes", "site": "Base" } ] }""");
        var tenant = await _host.Get<OpinionAct.Media.Tenants.ITenantStore>().FindAsync("pages", default);

        var report = await _host.Provisioner.RunRecipeAsync(tenant!, OpinionAct.Media.Recipes.RecipeCatalog.ReadFile(file, new OpinionAct.Media.Recipes.RecipeLimits().MaxBytes), default);
        var after = await GetAsync("/pages/");

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Errors);
        Assert.Equal("$.steps[0].site", error.Path);
        Assert.Equal("'Base' is a base theme: other themes build on it, but a hub cannot use it (choose one of: Expert, Magazine)", error.Message);
        Assert.Contains("/pages/assets/expert/", after, StringComparison.Ordinal);
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdPattern();

    [GeneratedRegex("href=\"(/pages/assets/[^\"]+\\.css)\"")]
    private static partial Regex AssetPattern();
}
