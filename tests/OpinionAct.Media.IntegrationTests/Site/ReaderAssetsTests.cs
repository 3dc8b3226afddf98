using System.Net;
using System.Net.Http.Headers;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Analytics;

namespace OpinionAct.Media.IntegrationTests.Site;

/// <summary>What a reader's browser fetches besides the page: the versioned tracker, the stylesheet, the icon and the social image.</summary>
public sealed class ReaderAssetsTests : IAsyncLifetime
{
    private const string Immutable = "public, max-age=31536000, immutable";
    private TestStorage _storage = null!;
    private MediaHost _host = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
        var tenant = await _host.CreateTenantAsync(prefix: "ra", recipe: "demo-brand");
        var seed = new ContentSeed(_host, tenant);
        await seed.ArticleAsync(ContentSeed.Draft("Sans couverture"));
        await seed.ArticleAsync(ContentSeed.Draft("Avec couverture") with { CoverImage = "https://images.example/cover.jpg", CoverAlt = "Une toiture" });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task Home_should_reference_the_versioned_tracker_and_the_icon_when_rendered()
    {
        var home = await _host.Client().GetStringAsync(new Uri("/ra/", UriKind.Relative));

        Assert.Contains($"<script src=\"/ra/t.js?v={TrackerScript.Version}\" defer></script>", home, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"icon\" href=\"/ra/favicon.svg\" type=\"image/svg+xml\">", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tracker_should_be_immutable_for_a_year_when_asked_at_its_current_version()
    {
        var response = await _host.Client().GetAsync(new Uri($"/ra/t.js?v={TrackerScript.Version}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Immutable, response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/ra/t.js")]
    [InlineData("/ra/t.js?v=0000000000000000")]
    public async Task Tracker_should_be_cached_briefly_when_asked_without_or_at_another_version(string path)
    {
        var response = await _host.Client().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=3600", response.Headers.CacheControl?.ToString());
        Assert.Equal(TrackerScript.Text, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Stylesheet_should_be_minified_with_an_etag_and_answer_304_when_the_etag_matches()
    {
        var client = _host.Client();
        var home = await client.GetStringAsync(new Uri("/ra/", UriKind.Relative));
        var href = System.Text.RegularExpressions.Regex.Match(home, "href=\"(/ra/assets/[^\"]+site\\.css)\"").Groups[1].Value;
        var original = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "themes", "Expert", "assets", "site.css"));

        var response = await client.GetAsync(new Uri(href, UriKind.Relative));
        var css = await response.Content.ReadAsStringAsync();
        using var conditional = new HttpRequestMessage(HttpMethod.Get, new Uri(href, UriKind.Relative));
        conditional.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        var again = await client.SendAsync(conditional);

        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Immutable, response.Headers.CacheControl?.ToString());
        Assert.DoesNotContain("/*", css, StringComparison.Ordinal);
        Assert.True(css.Length < original.Length * 0.85, $"{original.Length} → {css.Length}");
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task Favicon_should_be_an_svg_of_the_hub_initial_when_the_theme_has_no_icon_file()
    {
        var response = await _host.Client().GetAsync(new Uri("/ra/favicon.svg", UriKind.Relative));
        var svg = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        // The demo recipe gives the hub a brand colour (#0f766e), which comes before the theme's #b3471d.
        Assert.Contains("fill=\"#0f766e\"", svg, StringComparison.Ordinal);
        Assert.Contains(">É</text>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Favicon_ico_should_redirect_to_the_svg_when_a_client_asks_the_old_address()
    {
        var response = await _host.Client().GetAsync(new Uri("/ra/favicon.ico", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/ra/favicon.svg", response.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData("/ra/")]
    [InlineData("/ra/sans-couverture")]
    public async Task Page_should_carry_the_theme_social_image_as_absolute_og_image_when_it_has_no_cover(string path)
    {
        var client = _host.Client();
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        var image = System.Text.RegularExpressions.Regex.Match(page, "<meta property=\"og:image\" content=\"([^\"]+)\">").Groups[1].Value;

        Assert.Matches("^http://localhost/ra/assets/expert/[^/]+/social\\.png$", image);
        var response = await client.GetAsync(new Uri(image));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Article_should_keep_its_own_cover_as_og_image_when_it_has_one()
    {
        var page = await _host.Client().GetStringAsync(new Uri("/ra/avec-couverture", UriKind.Relative));

        Assert.Contains("<meta property=\"og:image\" content=\"https://images.example/cover.jpg\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("social.png", page, StringComparison.Ordinal);
    }
}
