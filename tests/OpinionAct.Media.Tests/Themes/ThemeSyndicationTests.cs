using System.Net;
using OpinionAct.Media.Site;
using OpinionAct.Media.Themes;

namespace OpinionAct.Media.Tests.Themes;

/// <summary>The attribution line of an article republished from an allied hub, in both shipped themes and both languages.</summary>
public sealed class ThemeSyndicationTests
{
    private static readonly ThemeCatalog Shipped = new(Path.Combine(AppContext.BaseDirectory, "themes"));
    private readonly ThemeRenderer _renderer = new(Shipped);

    private static readonly SyndicationOriginView Origin = new("Alpha Énergies", "https://alpha.example/pompes")
    {
        PublishedIso = "2026-12-01T09:00:00+01:00",
        PublishedDisplay = "1 décembre 2026",
        Authors = "Claire Martin",
    };

    [Theory]
    [InlineData("Expert")]
    [InlineData("Magazine")]
    public async Task Article_should_credit_the_hub_that_first_published_it_when_it_is_a_copy(string theme)
    {
        var html = WebUtility.HtmlDecode(await RenderAsync(theme, SampleSite.Site(), SampleSite.Article() with { Origin = Origin }));

        Assert.Contains("<p class=\"syndicated-from\">Publié d'abord par <a href=\"https://alpha.example/pompes\">Alpha Énergies</a> le <time datetime=\"2026-12-01T09:00:00+01:00\">1 décembre 2026</time>. Écrit par Claire Martin.</p>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Expert")]
    [InlineData("Magazine")]
    public async Task Article_should_credit_the_original_in_English_when_the_hub_is_English(string theme)
    {
        var site = SampleSite.Site() with { Language = "en", Text = ThemeText.English };

        var html = WebUtility.HtmlDecode(await RenderAsync(theme, site, SampleSite.Article() with { Origin = Origin with { PublishedDisplay = "1 December 2026" } }));

        Assert.Contains("First published by <a href=\"https://alpha.example/pompes\">Alpha Énergies</a> on <time", html, StringComparison.Ordinal);
        Assert.Contains("Written by Claire Martin.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Expert")]
    [InlineData("Magazine")]
    public async Task Article_should_carry_no_attribution_when_it_is_the_hub_own(string theme)
    {
        var html = await RenderAsync(theme, SampleSite.Site(), SampleSite.Article());

        Assert.DoesNotContain("syndicated-from", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attribution_link_should_be_neutralised_when_the_original_url_is_not_a_web_address()
    {
        var html = await RenderAsync("Expert", SampleSite.Site(), SampleSite.Article() with { Origin = Origin with { Url = "javascript:alert(1)" } });

        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
    }

    private ValueTask<string> RenderAsync(string theme, SiteView site, ArticleView model) =>
        _renderer.RenderPageAsync(theme, "article", site, SampleSite.Head("Le réseau électrique", "/demo/reseau", "article"), model);
}
