using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using OpinionAct.Media.Content;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Site;

public sealed class SiteFeedsTests : IAsyncLifetime
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private TestStorage _storage = null!;
    private MediaHost _host = null!;
    private ContentSeed _seed = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
        await _host.CreateTenantAsync("feeds");
        _seed = new ContentSeed(_host, "feeds");
        await _seed.TopicAsync("Rénovation énergétique", "renovation");
        await _seed.TopicAsync("Pompes à chaleur", "pompes-a-chaleur", parent: "renovation");
        await _seed.TopicAsync("Réseaux", "reseaux");
        await _seed.ExpertAsync("Claire Morel");
        await _seed.ArticleAsync(ContentSeed.Draft("Isoler les combles", ["renovation"], ["claire-morel"]));
        await _seed.ArticleAsync(ContentSeed.Draft("Choisir sa pompe à chaleur", ["pompes-a-chaleur"], ["claire-morel"]));
        await _seed.ArticleAsync(ContentSeed.Draft("Le réseau électrique en 2050", ["reseaux"]));
        await _seed.ArticleAsync(ContentSeed.Draft("Brouillon secret"), publish: false);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task Rss_feed_should_list_published_articles_only_with_absolute_links()
    {
        var response = await _host.Client().GetAsync(new Uri("/feeds/feed.xml", UriKind.Relative));
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        var items = xml.Descendants("item").ToList();
        Assert.Equal(3, items.Count);
        Assert.DoesNotContain(items, i => i.Element("title")!.Value == "Brouillon secret");
        Assert.All(items, i => Assert.StartsWith("http://localhost/feeds/", i.Element("link")!.Value, StringComparison.Ordinal));
        Assert.Contains(items, i => i.Elements("category").Any(c => c.Value == "Pompes à chaleur"));
        Assert.Equal("http://localhost/feeds/feed.xml", xml.Descendants(Atom + "link").Single().Attribute("href")!.Value);
    }

    [Fact]
    public async Task Atom_feed_should_be_valid_atom_with_authors()
    {
        var xml = XDocument.Parse(await _host.Client().GetStringAsync(new Uri("/feeds/atom.xml", UriKind.Relative)));

        Assert.Equal(Atom + "feed", xml.Root!.Name);
        var entries = xml.Root.Elements(Atom + "entry").ToList();
        Assert.Equal(3, entries.Count);
        Assert.Contains(entries, e => e.Element(Atom + "author")?.Element(Atom + "name")?.Value == "Claire Morel");
        Assert.All(entries, e => Assert.NotNull(e.Element(Atom + "updated")));
    }

    [Fact]
    public async Task Topic_feed_should_include_subtopic_articles()
    {
        var xml = XDocument.Parse(await _host.Client().GetStringAsync(new Uri("/feeds/topics/renovation/feed.xml", UriKind.Relative)));

        Assert.Equal(["Choisir sa pompe à chaleur", "Isoler les combles"], xml.Descendants("item").Select(i => i.Element("title")!.Value).Order());
    }

    [Fact]
    public async Task Sitemap_should_list_home_articles_topics_and_experts()
    {
        var xml = XDocument.Parse(await _host.Client().GetStringAsync(new Uri("/feeds/sitemap.xml", UriKind.Relative)));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = xml.Descendants(sm + "loc").Select(l => l.Value).ToList();

        Assert.Contains("http://localhost/feeds/", locations);
        Assert.Contains("http://localhost/feeds/isoler-les-combles", locations);
        Assert.Contains("http://localhost/feeds/topics/pompes-a-chaleur", locations);
        Assert.Contains("http://localhost/feeds/experts/claire-morel", locations);
        Assert.DoesNotContain("http://localhost/feeds/brouillon-secret", locations);
    }

    [Fact]
    public async Task Robots_should_point_to_the_sitemap_and_keep_admin_out()
    {
        var robots = await _host.Client().GetStringAsync(new Uri("/feeds/robots.txt", UriKind.Relative));

        Assert.Contains("Sitemap: http://localhost/feeds/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /feeds/admin", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_unknown_and_archived_articles_should_answer_404()
    {
        var archived = await _seed.ArticleAsync(ContentSeed.Draft("Article retiré"));
        await _seed.InTenantAsync(sp => sp.GetRequiredService<Web.Content.ArticleService>().ArchiveAsync(archived, ContentSeed.Editor, default));
        var client = _host.Client();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/feeds/brouillon-secret", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/feeds/article-retire", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/feeds/nope/nope", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/feeds/?page=99", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/feeds/?page=-1", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/feeds/topics/nope", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/feeds/isoler-les-combles", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Redirect_should_answer_301_to_the_new_path()
    {
        await _seed.InTenantAsync(sp => sp.GetRequiredService<Web.Content.RedirectService>().AddAsync("/ancien-article", "/isoler-les-combles", ContentSeed.Editor, default));

        var response = await _host.Client().GetAsync(new Uri("/feeds/ancien-article", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/feeds/isoler-les-combles", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Page_should_carry_an_etag_and_answer_304_to_a_matching_conditional_get()
    {
        var client = _host.Client();
        var first = await client.GetAsync(new Uri("/feeds/isoler-les-combles", UriKind.Relative));
        var etag = first.Headers.ETag;
        using var conditional = new HttpRequestMessage(HttpMethod.Get, new Uri("/feeds/isoler-les-combles", UriKind.Relative));
        conditional.Headers.IfNoneMatch.Add(etag!);

        var second = await client.SendAsync(conditional);

        Assert.NotNull(etag);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Publishing_should_evict_the_cached_feed_of_the_tenant()
    {
        var client = _host.Client();
        var before = await client.GetStringAsync(new Uri("/feeds/feed.xml", UriKind.Relative));

        await _seed.ArticleAsync(ContentSeed.Draft("Article tout neuf"));
        var after = await client.GetStringAsync(new Uri("/feeds/feed.xml", UriKind.Relative));

        Assert.DoesNotContain("Article tout neuf", before, StringComparison.Ordinal);
        Assert.Contains("Article tout neuf", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cached_page_should_be_served_from_cache_unless_a_signed_in_editor_asks_for_a_fresh_copy()
    {
        var client = _host.Client();
        await client.GetStringAsync(new Uri("/feeds/robots.txt", UriKind.Relative));

        // The output cache stores a response after its body has reached the client, so the first hit
        // may arrive a moment later on a loaded machine.
        HttpResponseMessage cached = null!;
        await Eventually.TrueAsync(
            async () => (cached = await client.GetAsync(new Uri("/feeds/robots.txt", UriKind.Relative))).Headers.Age is not null,
            TimeSpan.FromSeconds(10),
            "a cached response carries an Age header");
        var anonymous = await client.SendAsync(NoCache());
        var forged = NoCache();
        forged.Headers.Add("Cookie", ".media.editor=made-up");
        var forgedCookie = await client.SendAsync(forged);
        await Admin.AdminClient.AddUserAsync(_storage, "feeds", "editor@feeds.test", "Editor");
        var editor = await Admin.AdminClient.SignInAsync(_host.Client(), "feeds", "editor@feeds.test");
        var staff = await editor.Http.SendAsync(NoCache());

        Assert.NotNull(cached.Headers.Age);
        Assert.NotNull(anonymous.Headers.Age);
        Assert.NotNull(forgedCookie.Headers.Age);
        Assert.Null(staff.Headers.Age);
    }

    private static HttpRequestMessage NoCache()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/feeds/robots.txt", UriKind.Relative));
        request.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        return request;
    }
}
