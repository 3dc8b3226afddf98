using System.Text;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Questions;
using OpinionAct.Media.Data.Site;
using OpinionAct.Media.Site;
using OpinionAct.Media.Themes;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.MediaLibrary.Rendering;
using OpinionAct.Media.Web.Search;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Site;

/// <summary>Builds each public page of the current hub from <see cref="SiteStore"/>, and renders it through the theme.</summary>
public sealed partial class SitePages(SiteStore store, ThemeRenderer renderer, SiteSearch search, MediaImages media, CurrentSite current, QuestionStore questions)
{
    /// <summary>Articles per page of the home, topic and expert pages.</summary>
    public const int PageSize = 10;

    /// <summary>Articles per topic section of the home page (a row of the three-column grid).</summary>
    public const int SectionSize = 3;

    /// <summary>How many more than <see cref="SectionSize"/> a section reads, to fill up after the articles shown above it.</summary>
    private const int SectionLookAhead = 6;

    /// <summary>"?page=" must be a positive number; anything else is a page that does not exist.</summary>
    public static int? PageNumber(string? page) =>
        page is null ? 1 : int.TryParse(page, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 0 and < 100_000 ? n : null;

    public async Task<IResult> HomeAsync(int page, CancellationToken ct)
    {
        var site = await SiteAsync(ct);
        var (latest, total) = await store.CardsAsync(page, PageSize, ct);
        if (page > 1 && latest.Count == 0)
        {
            return await NotFoundAsync(ct);
        }

        var featured = page == 1 ? (await store.CardsAsync(1, 3, ct, featured: true, count: false)).Items : [];
        var experts = page == 1 ? await store.ExpertsAsync(ct) : [];

        // No article twice on one home page: the picks leave the latest list, and each topic section shows only
        // articles no earlier block (picks, sections above it) has shown. Sections read a few more than they show.
        var seen = featured.Select(a => a.Id).ToHashSet();
        latest = latest.Where(a => !seen.Contains(a.Id)).ToList();
        var sectionArticles = new List<(TopicRecord Topic, List<ArticleRecord> Items)>();
        var roots = page == 1 ? site.Topics.Where(t => t.ParentId is null).ToList() : [];
        var newestByTopic = roots.Count == 0 ? [] : await store.NewestCardsByTopicAsync([.. site.Topics.Select(t => t.Id)], SectionSize + SectionLookAhead, ct);
        foreach (var topic in roots)
        {
            var family = SelfAndDescendants(site.Topics, topic.Id).SelectMany(id => newestByTopic.GetValueOrDefault(id) ?? []);
            var candidates = SiteStore.NewestOf(family, SectionSize + SectionLookAhead);
            var items = candidates.Where(a => !seen.Contains(a.Id)).Take(SectionSize).ToList();
            seen.UnionWith(items.Select(a => a.Id));
            if (items.Count > 0)
            {
                sectionArticles.Add((topic, items));
            }
        }

        var inSections = sectionArticles.SelectMany(s => s.Items).Select(a => a.Id).ToHashSet();
        var shown = featured.Concat(latest).Concat(sectionArticles.SelectMany(s => s.Items)).DistinctBy(a => a.Id).ToList();
        await store.LinkAsync(shown, ct);
        await ImagesAsync(site, [.. shown.Select(a => a.CoverImage), .. experts.Select(e => e.PhotoUrl)], [], ct);

        // Each card once, however many lists show it: a section's article is often among the latest too, and a card's
        // image URLs (signed, at every width and format) are most of its cost.
        var cards = shown.ToDictionary(a => a.Id, site.Card);
        var sections = sectionArticles.Select(s => new TopicSectionView(site.Link(s.Topic), s.Items.Select(a => cards[a.Id]).ToList())).ToList();

        var model = new HomeView
        {
            Featured = featured.Select(a => cards[a.Id]).ToList(),
            Latest = latest.Select(a => cards[a.Id]).ToList(),
            LatestOutsideSections = latest.Where(a => !inSections.Contains(a.Id)).Select(a => cards[a.Id]).ToList(),
            Topics = site.Topics.Where(t => t.ParentId is null).Select(site.Link).ToList(),
            Experts = experts.Select(site.Card).ToList(),
            Sections = sections,
            Pagination = site.Pagination(site.Urls.Home, page, total),
        };
        var head = site.Head(site.Site.Name, site.Settings.Description, SiteUrls.Paged(site.Urls.Home, page), jsonLd: JsonLd.WebSite(site));
        return await RenderAsync(site, "home", head, model, ct);
    }

    public async Task<IResult> TopicAsync(string slug, int page, CancellationToken ct)
    {
        var site = await SiteAsync(ct);
        var topic = site.Topics.FirstOrDefault(t => t.Slug == slug);
        if (topic is null)
        {
            return await NotFoundAsync(ct);
        }

        var topicIds = SelfAndDescendants(site.Topics, topic.Id);
        var (articles, total) = await store.CardsAsync(page, PageSize, ct, topicIds: topicIds);
        if (page > 1 && articles.Count == 0)
        {
            return await NotFoundAsync(ct);
        }

        await store.LinkAsync(articles, ct);

        await ImagesAsync(site, [topic.Image, .. articles.Select(a => a.CoverImage)], [], ct);
        var url = site.Urls.Topic(slug);
        var parent = site.Topics.FirstOrDefault(t => t.Id == topic.ParentId);
        var model = new TopicView
        {
            Name = topic.Name,
            Url = url,
            Description = topic.Description,
            Image = site.Images.Image(topic.Image, topic.Name),
            FeedUrl = site.Urls.TopicFeed(slug),
            Parent = parent is null ? null : site.Link(parent),
            Children = site.Topics.Where(t => t.ParentId == topic.Id).Select(site.Link).ToList(),
            Articles = articles.Select(site.Card).ToList(),
            Pagination = site.Pagination(url, page, total),
            FactChecks = page == 1 ? await TopicFactChecksAsync(site, topicIds, ct) : [],
            Questions = await AnsweredAsync(site, topic.Id, null, ct),
            Ask = AskForm(site, url, topic: slug),
        };
        LinkView[] feeds = [new LinkView(topic.Name, site.Urls.Absolute(model.FeedUrl)), .. site.SiteFeeds()];
        var topicHead = site.Head(topic.Name, topic.Description, SiteUrls.Paged(url, page), topic.Image, feeds: feeds);
        if (model.Questions.Count > 0)
        {
            topicHead = topicHead with { JsonLd = JsonLd.Faq(model.Questions, url, site) };
        }

        return await RenderAsync(site, "topic", topicHead, model, ct);
    }

    public async Task<IResult> ExpertAsync(string slug, int page, CancellationToken ct)
    {
        var site = await SiteAsync(ct);
        var expert = await store.ExpertAsync(slug, ct);
        if (expert is null)
        {
            return await NotFoundAsync(ct);
        }

        var (articles, total) = await store.CardsAsync(page, PageSize, ct, expertId: expert.Id);
        await store.LinkAsync(articles, ct);
        await ImagesAsync(site, [expert.PhotoUrl, .. articles.Select(a => a.CoverImage)], [expert.BioHtml], ct);
        var url = site.Urls.Expert(slug);
        var model = new ExpertView
        {
            Name = expert.Name,
            Url = url,
            JobTitle = expert.JobTitle,
            Credentials = expert.Credentials,
            BioHtml = site.Body(expert.BioHtml),
            PhotoUrl = site.Images.Photo(expert.PhotoUrl)?.Src,
            Photo = site.Images.Photo(expert.PhotoUrl, expert.Name, "192px"),
            Links = ContentJson.Links(expert.LinksJson),
            Affiliation = expert.Affiliation,
            ConflictsOfInterest = expert.ConflictsOfInterest,
            Facts = site.ExpertFacts(expert),
            Articles = articles.Select(site.Card).ToList(),
            Pagination = site.Pagination(url, page, total),
            Questions = await AnsweredAsync(site, null, expert.Id, ct),
            Ask = AskForm(site, url, expert: slug),
        };
        var knowsAbout = articles.SelectMany(a => a.Topics).Select(t => t.Topic?.Name).OfType<string>().Distinct();
        var head = site.Head(expert.Name, expert.Credentials ?? expert.JobTitle, SiteUrls.Paged(url, page), expert.PhotoUrl, "profile", model.Questions.Count > 0
            ? $"[{JsonLd.Person(model, knowsAbout, site)},{JsonLd.Faq(model.Questions, url, site)}]"
            : JsonLd.Person(model, knowsAbout, site));
        return await RenderAsync(site, "expert", head, model, ct);
    }

    /// <summary>The catch-all: an article, else a page, else a redirect (301), else 404.</summary>
    public async Task<IResult> ContentAsync(string path, CancellationToken ct)
    {
        var site = await SiteAsync(ct);
        var normalized = path.Trim('/');
        if (await store.ArticlePageAsync(normalized, ct) is (var article, var origin))
        {
            var related = await store.RelatedAsync(article, 3, ct);
            await store.LinkAsync([article, .. related], ct);
            await ImagesAsync(site, [article.CoverImage, .. article.OrderedExperts().Select(e => e.PhotoUrl), .. related.Select(a => a.CoverImage)], [article.BodyHtml], ct);
            var view = site.View(article, related) is var built ? built with { Ask = AskForm(site, built.Url, article: article.Path) } : null!;
            if (view.Corrections.Count > 0 && await store.CorrectionsNotifiedAsync(article.Id, ct) is { Count: > 0 } notified)
            {
                view = view with { Corrections = site.NotifiedCorrections(article, notified) };
            }

            if (origin is not null)
            {
                view = view with { Origin = site.Origin(origin) };
            }

            var canonical = article.CanonicalUrl ?? view.Url;
            var jsonLd = JsonLd.ArticleWithClaimReviews(view, site, site.Images.SchemaImages(article.CoverImage));
            var head = site.Head(article.SeoTitle ?? article.Title, article.SeoDescription ?? article.Dek, canonical, view.Cover is null ? null : article.CoverImage, "article", jsonLd);
            if (view.Cover is not null)
            {
                head = head with { ImageAlt = article.CoverAlt };
            }

            return await RenderAsync(site, "article", head, view, ct);
        }

        if (await store.PageAsync(normalized, ct) is { } page)
        {
            await ImagesAsync(site, [], [page.BodyHtml], ct);
            var view = new PageView(page.Title, site.Body(page.BodyHtml), site.Urls.Article(page.Path));
            return await RenderAsync(site, "page", site.Head(page.Title, null, view.Url), view, ct);
        }

        if (await store.RedirectAsync(normalized.ToLowerInvariant(), ct) is { } redirect)
        {
            var target = redirect.ToUrl.StartsWith('/') ? site.Urls.Home.TrimEnd('/') + redirect.ToUrl : redirect.ToUrl;
            return Results.Redirect(target, permanent: true);
        }

        return await NotFoundAsync(ct);
    }

    public async Task<IResult> FeedAsync(bool atom, CancellationToken ct)
    {
        var site = await SiteAsync(ct);
        var (articles, _) = await store.ArticlesAsync(1, 30, ct);
        await ImagesAsync(site, articles.Select(a => a.CoverImage), [], ct);
        return Feed(site, site.Site.Name, atom ? site.Urls.Atom : site.Urls.Feed, site.Urls.Home, articles, atom);
    }

    public async Task<IResult> TopicFeedAsync(string slug, CancellationToken ct)
    {
        var site = await SiteAsync(ct);
        var topic = site.Topics.FirstOrDefault(t => t.Slug == slug);
        if (topic is null)
        {
            return await NotFoundAsync(ct);
        }

        var (articles, _) = await store.ArticlesAsync(1, 30, ct, topicIds: SelfAndDescendants(site.Topics, topic.Id));
        await ImagesAsync(site, articles.Select(a => a.CoverImage), [], ct);
        return Feed(site, $"{topic.Name} · {site.Site.Name}", site.Urls.TopicFeed(slug), site.Urls.Topic(slug), articles, atom: false);
    }

    public async Task<IResult> SitemapAsync(CancellationToken ct)
    {
        var site = await SiteAsync(ct);
        var (articles, _) = await store.CardsAsync(1, 50_000, ct, count: false);
        var experts = await store.ExpertsAsync(ct);
        var pages = await store.PagesAsync(ct);
        var entries = new List<(string, DateTime?)> { (site.Urls.Absolute(site.Urls.Home), articles.Count > 0 ? articles.Max(a => a.UpdatedUtc) : null) };
        entries.AddRange(articles.Select(a => (site.Urls.Absolute(site.Urls.Article(a.Path)), (DateTime?)a.UpdatedUtc)));
        entries.AddRange(site.Topics.Select(t => (site.Urls.Absolute(site.Urls.Topic(t.Slug)), (DateTime?)null)));
        entries.AddRange(experts.Select(e => (site.Urls.Absolute(site.Urls.Expert(e.Slug)), (DateTime?)null)));
        entries.AddRange(pages.Select(p => (site.Urls.Absolute(site.Urls.Article(p.Path)), (DateTime?)p.UpdatedUtc)));
        return new SiteResult(SyndicationWriter.Sitemap(entries), "application/xml; charset=utf-8");
    }

    public async Task<IResult> RobotsAsync(CancellationToken ct)
    {
        var site = await SiteAsync(ct);
        var text = $"""
            User-agent: *
            Allow: /
            Disallow: {site.Urls.Home}admin
            Disallow: {site.Urls.Home}api/
            Sitemap: {site.Urls.Absolute(site.Urls.Sitemap)}

            """;
        return new SiteResult(Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8");
    }

    /// <summary>
    /// The theme's <c>assets/favicon.svg</c> if it has one, otherwise the hub's initial on the brand colour: the
    /// settings' (darkened as text needs, so the white letter stays readable), else the theme's.
    /// </summary>
    public async Task<IResult> FaviconAsync(CancellationToken ct)
    {
        var site = await SiteAsync(ct);
        var file = site.Theme is { } theme ? Path.Combine(theme.Folder, "assets", "favicon.svg") : null;
        var color = BrandPalette.For(site.BrandColor)?.Ink ?? site.Theme?.BrandColor;
        var svg = file is not null && File.Exists(file)
            ? await File.ReadAllBytesAsync(file, ct)
            : Encoding.UTF8.GetBytes(FaviconSvg.For(site.Site.Name, color));
        return new SiteResult(svg, "image/svg+xml");
    }

    /// <summary>The hub's brand colours (site settings) as CSS custom properties; 404 when the hub keeps its theme's colour.</summary>
    public async Task<IResult> BrandStylesheetAsync(CancellationToken ct)
    {
        var site = await SiteAsync(ct);
        return BrandPalette.For(site.BrandColor) is { } palette
            ? new SiteResult(Encoding.UTF8.GetBytes(palette.Css()), "text/css; charset=utf-8")
            : await NotFoundAsync(ct);
    }

    /// <summary>The themed 404 page of the hub.</summary>
    public async Task<IResult> NotFoundAsync(CancellationToken ct)
    {
        var site = await SiteAsync(ct);
        await ImagesAsync(site, [], [], ct);
        var head = site.Head(site.Site.Text.NotFoundTitle, null, site.Urls.Home) with { NoIndex = true };
        var html = await renderer.RenderPageAsync(site.ThemeName, "not-found", site.Site, head, null, ct);
        return SiteResult.Html(html, StatusCodes.Status404NotFound);
    }

    private static SiteResult Feed(SiteRequest site, string title, string self, string page, List<ArticleRecord> articles, bool atom) => atom
        ? new SiteResult(SyndicationWriter.Atom(site, title, self, page, articles), "application/atom+xml; charset=utf-8")
        : new SiteResult(SyndicationWriter.Rss(site, title, self, page, articles), "application/rss+xml; charset=utf-8");

    private async Task<IResult> RenderAsync(SiteRequest site, string template, HeadView head, object model, CancellationToken ct) =>
        SiteResult.Html(await renderer.RenderPageAsync(site.ThemeName, template, site.Site, head, model, ct));

    private async Task<SiteRequest> SiteAsync(CancellationToken ct) =>
        await current.GetAsync(ct);

    /// <summary>
    /// Loads the page's library images in one query (its own fields and bodies, the logo and social image) once per
    /// request; the page builds its view models after this.
    /// </summary>
    private Task ImagesAsync(SiteRequest site, IEnumerable<string?> fields, IEnumerable<string?> bodies, CancellationToken ct) =>
        site.LoadImagesAsync(media, fields, bodies, ct);

    private static List<int> SelfAndDescendants(IReadOnlyList<TopicRecord> topics, int id)
    {
        var result = new List<int> { id };
        for (var i = 0; i < result.Count; i++)
        {
            result.AddRange(topics.Where(t => t.ParentId == result[i]).Select(t => t.Id));
        }

        return result;
    }
}
