using System.Net;
using System.Text.RegularExpressions;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Site;

/// <summary>Issue 10, themes that look finished: one appearance per article on a home page, the brand colour from settings.</summary>
public sealed partial class ThemeLookTests : IAsyncLifetime
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

    [Theory]
    [InlineData("Expert")]
    [InlineData("Magazine")]
    public async Task Home_should_show_no_article_twice_when_picks_sections_and_latest_overlap(string theme)
    {
        var name = "une-" + theme.ToLowerInvariant();
        var created = await _host.Provisioner.CreateAsync(new() { Name = name, Recipe = "demo-brand", Theme = theme }, default);
        Assert.True(created.Succeeded, created.Report.Summary);

        var home = await _host.Client().GetStringAsync(new Uri($"/{name}/", UriKind.Relative));

        // Every card's title links to its article once; the demo hub has picks, and (Magazine) sections by topic.
        var titles = CardTitleLink().Matches(home).Select(m => m.Groups[1].Value).ToList();
        Assert.True(titles.Count >= 8, $"only {titles.Count} cards on the home page");
        Assert.Empty(titles.GroupBy(t => t).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public async Task Brand_colour_should_reach_the_pages_as_a_stylesheet_and_refuse_a_colour_that_is_not_hex()
    {
        await _host.CreateTenantAsync("marque", prefix: "marque");
        await AdminClient.AddUserAsync(_storage, "marque", "admin@marque.test", "Admin");
        var admin = await AdminClient.SignInAsync(_host.Client(), "marque", "admin@marque.test");
        IEnumerable<KeyValuePair<string, string>> Settings(string color) =>
        [
            new("SiteName", "Marque"), new("Language", "fr"), new("Theme", "Expert"), new("TimeZone", "Europe/Paris"),
            new("BrandColor", color),
        ];

        var refused = await admin.PostFormAsync("/settings", "/settings", Settings("rouge; background:url(x)"));
        var homeAfterRefusal = await _host.Client().GetStringAsync(new Uri("/marque/", UriKind.Relative));
        var saved = await admin.PostFormAsync("/settings", "/settings", Settings(" #FD0 "));
        var home = await _host.Client().GetStringAsync(new Uri("/marque/", UriKind.Relative));
        var css = await _host.Client().GetAsync(new Uri("/marque/brand.css?v=ffdd00", UriKind.Relative));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("href=\"#BrandColor\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("brand.css", homeAfterRefusal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/marque/brand.css?v=ffdd00\">", home, StringComparison.Ordinal);
        Assert.Equal("text/css; charset=utf-8", css.Content.Headers.ContentType?.ToString());

        // Yellow takes black text, and its text colour is darkened until it reads on the light panels (AA).
        var body = await css.Content.ReadAsStringAsync();
        Assert.StartsWith(":root{--brand:#ffdd00;--on-brand:#000000;--brand-ink:#", body, StringComparison.Ordinal);
        Assert.DoesNotContain("--brand-ink:#ffdd00", body, StringComparison.Ordinal);
        Assert.Contains("value=\"#ffdd00\"", await admin.PageAsync("/settings"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brand_colour_should_come_from_a_recipe_and_be_absent_when_none_is_set()
    {
        await _host.CreateTenantAsync("demo-marque", prefix: "demo-marque", recipe: "demo-brand");
        await _host.CreateTenantAsync("sans-marque", prefix: "sans-marque");

        var branded = await _host.Client().GetStringAsync(new Uri("/demo-marque/", UriKind.Relative));
        var plain = await _host.Client().GetStringAsync(new Uri("/sans-marque/", UriKind.Relative));
        var missing = await _host.Client().GetAsync(new Uri("/sans-marque/brand.css", UriKind.Relative));

        Assert.Contains("href=\"/demo-marque/brand.css?v=0f766e\"", branded, StringComparison.Ordinal);
        Assert.DoesNotContain("brand.css", plain, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Recipe_should_set_the_brand_colour_and_refuse_one_that_is_not_hex_with_nothing_applied()
    {
        await CliRunner.RunAsync(_storage, "tenants", "create", "--name", "teinte");
        var bad = Path.Combine(_storage.DataPath, "bad-colour.recipe.json");
        var good = Path.Combine(_storage.DataPath, "colour.recipe.json");
        await File.WriteAllTextAsync(bad, """{ "name": "bad", "steps": [ { "name": "settings", "SiteName": "Mauvaise teinte", "BrandColor": "url(javascript:alert(1))" } ] }""");
        await File.WriteAllTextAsync(good, """{ "name": "good", "steps": [ { "name": "settings", "brandcolor": "#1D4F91" } ] }""");

        var refused = await CliRunner.RunAsync(_storage, "recipes", "run", "--tenant", "teinte", "--recipe-file", bad);
        var applied = await CliRunner.RunAsync(_storage, "recipes", "run", "--tenant", "teinte", "--recipe-file", good);
        var home = await _host.Client().GetStringAsync(new Uri("/teinte/", UriKind.Relative));

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("$.steps[0].BrandColor", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, applied.ExitCode);
        Assert.DoesNotContain("kept but not used", applied.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Mauvaise teinte", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/teinte/brand.css?v=1d4f91\"", home, StringComparison.Ordinal);
    }

    [GeneratedRegex("class=\"(?:card|tile)-title\"><a href=\"([^\"]+)\"")]
    private static partial Regex CardTitleLink();
}
