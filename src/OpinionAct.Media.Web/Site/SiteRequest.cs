using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Site;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Site;
using OpinionAct.Media.Themes;
using OpinionAct.Media.Web.Analytics;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.MediaLibrary.Rendering;
using OpinionAct.Media.Web.Subscriptions;

namespace OpinionAct.Media.Web.Site;

/// <summary>
/// One public request's view of the hub: its settings, theme, URLs and dates, and the mapping from
/// stored content to the view models themes render.
/// </summary>
public sealed partial class SiteRequest
{
    private SiteRequest(SiteSnapshot snapshot, SiteUrls urls, ThemeCatalog themes, string fallbackName, DateTimeOffset now)
    {
        var (settings, topics, newsletters) = snapshot;
        Settings = settings;
        BrandColor = snapshot.BrandColor;
        Topics = topics;
        Urls = urls;
        Dates = new SiteDates(settings.Language, settings.TimeZone);
        Theme = themes.Find(settings.Theme ?? ThemeCatalog.DefaultTheme) ?? themes.Find(ThemeCatalog.DefaultTheme);
        var name = settings.SiteName.Length > 0 ? settings.SiteName : fallbackName;
        Site = new SiteView
        {
            Name = name,
            Description = settings.Description,
            Language = settings.Language,
            HomeUrl = urls.Home,
            AssetsUrl = urls.Assets(Theme?.Name ?? ThemeCatalog.DefaultTheme, Theme?.Version),
            TrackerUrl = TrackerScript.Url(urls.Home),
            IconUrl = urls.Favicon,
            BrandStylesheetUrl = snapshot.BrandColor is { } brand ? urls.BrandStylesheet(brand) : null,
            FeedUrl = urls.Feed,
            AtomUrl = urls.Atom,
            SearchUrl = urls.Search,
            Navigation = snapshot.Menu.Count > 0
                ? SiteMenu.Resolve(snapshot.Menu, urls.Home)
                : topics.Where(t => t.ParentId is null).Select(Link).ToList(),
            SocialLinks = snapshot.SocialLinks,
            Year = now.Year,
            Text = ThemeText.For(settings.Language),
            SubscribeText = SubscriptionText.For(settings.Language),
        };
        Site = Site with { Signup = newsletters.Count == 0 ? null : SignupForm(newsletters) };
    }

    /// <summary>Shared with every request of the hub (<see cref="SiteSnapshot"/>): read, never change.</summary>
    public SiteSettingsRecord Settings { get; }

    /// <summary>The hub's brand colour from its settings, or null (the theme's own applies).</summary>
    public string? BrandColor { get; }

    /// <summary>Shared with every request of the hub (<see cref="SiteSnapshot"/>): read, never change.</summary>
    public IReadOnlyList<TopicRecord> Topics { get; }

    public SiteUrls Urls { get; }

    public SiteDates Dates { get; }

    public ThemeManifest? Theme { get; }

    public string ThemeName => Theme?.Name ?? ThemeCatalog.DefaultTheme;

    public SiteView Site { get; private set; }

    /// <summary>The library images of this page (see <see cref="UseImages"/>); plain URLs only until then.</summary>
    public MediaImageSet Images { get; private set; } = MediaImageSet.Empty;

    /// <summary>Sizes of a card's cover: a column of the grid on wide screens, the screen on phones.</summary>
    public const string CardSizes = "(min-width: 60rem) 30rem, (min-width: 40rem) 50vw, 100vw";

    /// <summary>The values that may name a library item on every page: the logo and the default social image.</summary>
    public IEnumerable<string?> SiteImageFields => [Settings.Logo, Settings.SocialImage];

    /// <summary>
    /// Loads the page's library images in one query (its own fields and bodies, plus the logo and social image), once
    /// per request; the page builds its view models after this.
    /// </summary>
    public async Task LoadImagesAsync(MediaImages media, IEnumerable<string?> fields, IEnumerable<string?> bodies, CancellationToken cancellationToken)
    {
        if (Images.Count > 0)
        {
            return;
        }

        UseImages(await media.LoadAsync(
            fields.Concat(SiteImageFields), bodies, Urls.Home.TrimEnd('/'), Urls.Absolute(Urls.Home).TrimEnd('/'), Theme, Urls.Content, Urls.Absolute, cancellationToken));
    }

    /// <summary>Takes the page's library images (loaded in one query by the page) and shows the logo from them.</summary>
    public void UseImages(MediaImageSet images)
    {
        Images = images;
        Site = Site with { Logo = images.Image(Settings.Logo, Site.Name, "12rem") };
    }

    /// <summary>A stored body with its library images expanded into responsive figures.</summary>
    public string Body(string html) => MediaFigures.Expand(html, Images, MediaHtmlTarget.Page);

    public static async Task<SiteRequest> LoadAsync(SiteSnapshots snapshots, string tenant, SiteStore store, HttpRequest request, ThemeCatalog themes, string fallbackName, TimeProvider clock, CancellationToken cancellationToken) =>
        new(await snapshots.GetAsync(tenant, store, cancellationToken), SiteUrls.For(request), themes, fallbackName, clock.GetUtcNow());

    /// <summary>The signup form as output-cached pages show it: no antiforgery field, nothing ticked unless there is one newsletter.</summary>
    private SignupFormView SignupForm(IReadOnlyList<NewsletterRecord> newsletters) => new()
    {
        Action = Urls.Subscribe,
        ScriptUrl = SignupScript.Url(Urls.Home),
        ConsentText = Site.SubscribeText.Consent(Site.Name),
        Newsletters = newsletters.Select(n => new NewsletterOptionView(n.Slug, n.Name, n.Description, n.Cadence) { Checked = newsletters.Count == 1 }).ToList(),
    };

    public LinkView Link(TopicRecord topic) => new(topic.Name, Urls.Topic(topic.Slug));

    public LinkView Link(ExpertRecord expert) => new(expert.Name, Urls.Expert(expert.Slug));

    public ExpertCardView Card(ExpertRecord expert) => Card(expert, Images.Photo(expert.PhotoUrl, null, "64px"));

    private ExpertCardView Card(ExpertRecord expert, ImageView? photo) => new()
    {
        Name = expert.Name,
        Url = Urls.Expert(expert.Slug),
        JobTitle = expert.JobTitle,
        Credentials = expert.Credentials,
        PhotoUrl = photo?.Src,
        Photo = photo,
    };

    public ArticleCardView Card(ArticleRecord article) => Card(article, Images.Image(article.CoverImage, article.CoverAlt, CardSizes));

    private ArticleCardView Card(ArticleRecord article, ImageView? cover) => new()
    {
        Title = article.Title,
        Dek = article.Dek,
        Url = Urls.Article(article.Path),
        CoverImageUrl = cover?.Src,
        CoverAlt = article.CoverAlt,
        Cover = cover,
        PublishedIso = Dates.Iso(article.PublishedUtc ?? article.CreatedUtc),
        PublishedDisplay = Dates.Display(article.PublishedUtc ?? article.CreatedUtc),
        ReadingMinutes = ReadingMinutes(article.WordCount),
        Topics = article.OrderedTopics().Select(Link).ToList(),
        Experts = article.OrderedExperts().Select(Link).ToList(),
    };

    public ArticleView View(ArticleRecord article, IEnumerable<ArticleRecord> related)
    {
        var published = article.PublishedUtc ?? article.CreatedUtc;
        var updated = article.UpdatedUtc > published.AddMinutes(1) ? article.UpdatedUtc : (DateTime?)null;
        var cover = Images.Image(article.CoverImage, article.CoverAlt);
        return new ArticleView
        {
            Title = article.Title,
            Dek = article.Dek,
            BodyHtml = Body(article.BodyHtml),
            CoverImageUrl = cover?.Src,
            CoverAlt = article.CoverAlt,
            Cover = cover,
            Url = Urls.Article(article.Path),
            Language = article.Language,
            PublishedIso = Dates.Iso(published),
            PublishedDisplay = Dates.Display(published),
            UpdatedIso = updated is { } u ? Dates.Iso(u) : null,
            UpdatedDisplay = updated is { } d ? Dates.Display(d) : null,
            ReadingMinutes = ReadingMinutes(article.WordCount),
            Topics = article.OrderedTopics().Select(Link).ToList(),
            Experts = article.OrderedExperts().Select(Card).ToList(),
            Sources = ContentJson.Sources(article.SourcesJson).Select(s => new SourceView(s.Title, s.Url, s.Publisher, s.Claim)).ToList(),
            Corrections = ContentJson.Corrections(article.CorrectionsJson)
                .Select(c => new CorrectionView(Dates.Iso(c.Date.UtcDateTime), Dates.Display(c.Date.UtcDateTime), c.Text)).ToList(),
            ClaimReviews = this.ClaimReviews(ContentJson.ClaimReviews(article.ClaimReviewsJson)),
            Related = related.Select(Card).ToList(),
        };
    }

    public PaginationView? Pagination(string url, int page, int total, int pageSize = SitePages.PageSize)
    {
        var pages = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        return pages <= 1 ? null : new PaginationView(
            page,
            pages,
            page > 1 ? SiteUrls.Paged(url, page - 1) : null,
            page < pages ? SiteUrls.Paged(url, page + 1) : null);
    }

    /// <summary>The theme's social image, absolute, for pages without a cover of their own; null when the theme has none.</summary>
    public string? DefaultImageUrl => Theme?.SocialImage is { Length: > 0 } file ? Urls.Absolute(Site.AssetsUrl + file) : null;

    /// <param name="image">
    /// The page's own image as stored (<c>media:12</c> or a URL): its 1200 × 630 crop becomes og:image. Without one
    /// (or an unknown id), the site's social image, then the theme's.
    /// </param>
    public HeadView Head(string title, string? description, string canonical, string? image = null, string type = "website", string? jsonLd = null, IReadOnlyList<LinkView>? feeds = null)
    {
        var social = Images.OpenGraph(image) ?? Images.OpenGraph(Settings.SocialImage);
        return new()
        {
            Title = title == Site.Name ? title : $"{title} · {Site.Name}",
            Description = description ?? Settings.Description,
            CanonicalUrl = Urls.Absolute(canonical),
            ImageUrl = social?.Url ?? DefaultImageUrl,
            ImageWidth = social?.Width ?? 0,
            ImageHeight = social?.Height ?? 0,
            ImageAlt = social is { } s ? s.Alt : Theme?.SocialImage is { Length: > 0 } ? Site.Name : null,
            OpenGraphType = type,
            JsonLd = jsonLd,
            Feeds = feeds ?? SiteFeeds(),
        };
    }

    /// <summary>The hub's RSS and Atom feeds, announced on every page.</summary>
    public LinkView[] SiteFeeds() =>
        [new LinkView(Site.Name, Urls.Absolute(Urls.Feed)), new LinkView($"{Site.Name} (Atom)", Urls.Absolute(Urls.Atom)) { Type = "application/atom+xml" }];

    /// <summary>About 220 words a minute, the usual figure for reading on screen.</summary>
    public static int ReadingMinutes(int words) => words == 0 ? 0 : Math.Max(1, (int)Math.Ceiling(words / 220.0));
}
