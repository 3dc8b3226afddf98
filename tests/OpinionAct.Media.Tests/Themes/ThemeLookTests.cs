using System.Text.RegularExpressions;
using OpinionAct.Media.Site;
using OpinionAct.Media.Themes;

namespace OpinionAct.Media.Tests.Themes;

/// <summary>Issue 10, themes that look finished: the shipped templates' cards, home lists, search heading, menu and brand colour.</summary>
public sealed partial class ThemeLookTests
{
    private static readonly ThemeCatalog Shipped = new(Path.Combine(AppContext.BaseDirectory, "themes"));
    private readonly ThemeRenderer _renderer = new(Shipped);

    public static TheoryData<string> Themes => new("Expert", "Magazine");

    private static readonly ImageView Cover = new() { Src = "/demo/media/1/v/w960.jpg", Width = 960, Height = 540, Alt = "Un poste électrique" };

    [Fact]
    public async Task MagazineCard_should_render_the_text_tile_when_an_article_has_no_cover()
    {
        var home = SampleSite.Home() with { Featured = [SampleSite.Card(1) with { Cover = Cover }, SampleSite.Card(2) with { CoverImageUrl = null }], Sections = [], Latest = [], LatestOutsideSections = [] };

        var html = await _renderer.RenderPageAsync("Magazine", "home", SampleSite.Site(), SampleSite.Head("Énergies demain", "/demo/"), home);

        Assert.Equal(2, Occurrences(html, "<article class=\"tile").Count());
        Assert.Contains("<article class=\"tile tile-large\">", html, StringComparison.Ordinal);
        Assert.Contains("<article class=\"tile tile-text\">", html, StringComparison.Ordinal);
        Assert.Single(Occurrences(html, "class=\"tile-image\""));
        Assert.DoesNotContain("tile-image-empty", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MagazineHome_should_list_under_the_sections_only_the_latest_articles_they_do_not_show()
    {
        var home = SampleSite.Home() with
        {
            Featured = [SampleSite.Card(1)],
            Sections = [new(new("Sobriété", "/demo/themes/sobriete"), [SampleSite.Card(3), SampleSite.Card(4)])],
            Latest = [SampleSite.Card(3), SampleSite.Card(4), SampleSite.Card(5)],
            LatestOutsideSections = [SampleSite.Card(5)],
        };

        var html = await _renderer.RenderPageAsync("Magazine", "home", SampleSite.Site(), SampleSite.Head("Énergies demain", "/demo/"), home);

        var titles = TitleLinks().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["/demo/articles/article-1", "/demo/articles/article-3", "/demo/articles/article-4", "/demo/articles/article-5"], titles);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task SearchPage_should_have_one_results_heading_when_there_is_a_query(string theme)
    {
        var html = await _renderer.RenderPageAsync(theme, "search", SampleSite.Site(), SampleSite.Head("Recherche", "/demo/search", noIndex: true), SampleSite.Search());

        Assert.Single(Occurrences(html, "Résultats pour"));
        Assert.Contains(">Articles correspondants</h2>", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task Layout_should_link_the_brand_stylesheet_after_the_theme_when_the_hub_has_a_brand_colour(string theme)
    {
        var head = SampleSite.Head("Énergies demain", "/demo/");
        var branded = await _renderer.RenderPageAsync(theme, "home", SampleSite.Site() with { BrandStylesheetUrl = "/demo/brand.css?v=0f766e" }, head, SampleSite.Home());
        var plain = await _renderer.RenderPageAsync(theme, "home", SampleSite.Site(), head, SampleSite.Home());

        Assert.Contains("site.css\">\n  <link rel=\"stylesheet\" href=\"/demo/brand.css?v=0f766e\">", branded, StringComparison.Ordinal);
        Assert.DoesNotContain("brand.css", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpertLayout_should_fold_the_main_menu_into_a_labelled_disclosure_inside_the_navigation()
    {
        var html = await _renderer.RenderPageAsync("Expert", "home", SampleSite.Site(), SampleSite.Head("Énergies demain", "/demo/"), SampleSite.Home());

        var nav = html[html.IndexOf("<nav class=\"site-nav\" aria-label=\"Navigation principale\">", StringComparison.Ordinal)..html.IndexOf("</nav>", StringComparison.Ordinal)];
        Assert.Contains("<details class=\"nav-menu\">", nav, StringComparison.Ordinal);
        Assert.Contains("<summary class=\"nav-toggle\"><span class=\"nav-toggle-icon\" aria-hidden=\"true\"></span>Menu</summary>", nav, StringComparison.Ordinal);
        Assert.True(nav.IndexOf("</summary>", StringComparison.Ordinal) < nav.IndexOf("<a href=\"/demo/themes/reseaux-electriques\">", StringComparison.Ordinal));
        Assert.Contains("</ul>\n      </details>", nav, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpertStylesheet_should_show_the_menu_row_on_wide_screens_and_size_the_signup_box_to_the_text()
    {
        var css = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "themes", "Expert", "assets", "site.css"));

        Assert.Matches(@"\.nav-menu::details-content \{\s+content-visibility: visible;", css);
        Assert.Matches(@"\.after-article \{\s+max-width: var\(--measure\);", css);
    }

    [Fact]
    public async Task ExpertArticle_should_put_the_signup_box_in_the_wrapper_that_keeps_the_text_measure()
    {
        var site = SampleSite.Site() with { Signup = new SignupFormView { Action = "/demo/subscribe", ConsentText = "J'accepte.", Newsletters = [new NewsletterOptionView("hebdo", "La lettre", null, null)] } };

        var html = await _renderer.RenderPageAsync("Expert", "article", site, SampleSite.Head("Article", "/demo/article"), SampleSite.Article());

        Assert.Matches("<div class=\"after-article\">\\s*<section class=\"newsletter-signup signup-article\"", html);
    }

    [Fact]
    public async Task ExpertHome_should_lead_with_the_first_pick()
    {
        var home = SampleSite.Home() with { Featured = [SampleSite.Card(1) with { Cover = Cover }, SampleSite.Card(2) with { Cover = Cover }] };

        var html = await _renderer.RenderPageAsync("Expert", "home", SampleSite.Site(), SampleSite.Head("Énergies demain", "/demo/"), home);

        Assert.Single(Occurrences(html, "card-lead"));
        Assert.Contains("<article class=\"card card-lead card-with-cover\">", html, StringComparison.Ordinal);
    }

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            yield return i;
        }
    }

    [GeneratedRegex("class=\"tile-title\"><a href=\"([^\"]+)\"")]
    private static partial Regex TitleLinks();
}
