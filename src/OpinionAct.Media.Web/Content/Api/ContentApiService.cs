using System.Text.Json;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.ContentApi;
using OpinionAct.Media.Data.Site;
using OpinionAct.Media.Site;
using OpinionAct.Media.Themes;
using OpinionAct.Media.Web.MediaLibrary.Rendering;
using OpinionAct.Media.Web.Site;

namespace OpinionAct.Media.Web.Content.Api;

/// <summary>
/// The Content API's reads: published content of the request's hub as API records, with absolute URLs (links on
/// the hub's public origin; library images as signed variant URLs, bodies' figures included). Nothing personal
/// and nothing unpublished is read (<see cref="ContentApiStore"/>).
/// </summary>
public sealed class ContentApiService(ContentApiStore store, SiteStore site, MediaImages media, ThemeCatalog themes, IHttpContextAccessor http)
{
    private SiteUrls? _urls;

    private SiteUrls Urls => _urls ??= SiteUrls.For(http.HttpContext!.Request);

    public async Task<(IReadOnlyList<ContentArticle> Items, int Total)> ArticlesAsync(ContentApiParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        IReadOnlyCollection<int>? topicIds = null;
        if (parameters.Topic is { } topicSlug)
        {
            var topics = await store.TopicsAsync(cancellationToken);
            topicIds = topics.FirstOrDefault(t => t.Slug == topicSlug) is { } topic ? SelfAndDescendants(topics, topic.Id) : [];
        }

        int? expertId = null;
        if (parameters.Expert is { } expertSlug)
        {
            expertId = (await store.ExpertAsync(expertSlug, cancellationToken))?.Id ?? -1;
        }

        var (articles, total) = await store.ArticlesAsync(
            new ContentApiArticleQuery(parameters.Page, parameters.Limit, topicIds, expertId, parameters.Language, parameters.PublishedAfter, parameters.PublishedBefore),
            cancellationToken);
        var images = await ImagesAsync(
            articles.SelectMany(a => a.OrderedExperts().Select(e => e.PhotoUrl).Prepend(a.CoverImage)), articles.Select(a => a.BodyHtml), cancellationToken);
        return ([.. articles.Select(a => Article(a, images))], total);
    }

    public async Task<ContentArticle?> ArticleAsync(string slug, CancellationToken cancellationToken)
    {
        if (await store.ArticleAsync(slug.Trim('/'), cancellationToken) is not { } article)
        {
            return null;
        }

        var images = await ImagesAsync(article.OrderedExperts().Select(e => e.PhotoUrl).Prepend(article.CoverImage), [article.BodyHtml], cancellationToken);
        return Article(article, images);
    }

    public async Task<IReadOnlyList<ContentTopic>> TopicsAsync(CancellationToken cancellationToken)
    {
        var topics = await store.TopicsAsync(cancellationToken);
        var images = await ImagesAsync(topics.Select(t => t.Image), [], cancellationToken);
        return [.. topics.Select(t => Topic(t, topics, images))];
    }

    public async Task<IReadOnlyList<ContentExpert>> ExpertsAsync(CancellationToken cancellationToken)
    {
        var experts = await store.ExpertsAsync(cancellationToken);
        var images = await ImagesAsync(experts.Select(e => e.PhotoUrl), experts.Select(e => e.BioHtml), cancellationToken);
        return [.. experts.Select(e => Expert(e, images))];
    }

    public async Task<ContentExpert?> ExpertAsync(string slug, CancellationToken cancellationToken)
    {
        if (await store.ExpertAsync(slug, cancellationToken) is not { } expert)
        {
            return null;
        }

        return Expert(expert, await ImagesAsync([expert.PhotoUrl], [expert.BioHtml], cancellationToken));
    }

    public async Task<IReadOnlyList<ContentPage>> PagesAsync(CancellationToken cancellationToken)
    {
        var pages = await store.PagesAsync(cancellationToken);
        var images = await ImagesAsync([], pages.Select(p => p.BodyHtml), cancellationToken);
        return [.. pages.Select(p => Page(p, images))];
    }

    public async Task<ContentPage?> PageAsync(string slug, CancellationToken cancellationToken)
    {
        if (await store.PageAsync(slug.Trim('/'), cancellationToken) is not { } page)
        {
            return null;
        }

        return Page(page, await ImagesAsync([], [page.BodyHtml], cancellationToken));
    }

    /// <summary>
    /// The library images of an answer in one query. Both bases are the hub's absolute base, so srcsets and body
    /// figures come out absolute as well; the theme's declared widths are the ones rendered ahead.
    /// </summary>
    private async Task<MediaImageSet> ImagesAsync(IEnumerable<string?> fields, IEnumerable<string?> bodies, CancellationToken cancellationToken)
    {
        var settings = await site.SettingsAsync(cancellationToken);
        var theme = themes.Find(settings.Theme ?? ThemeCatalog.DefaultTheme) ?? themes.Find(ThemeCatalog.DefaultTheme);
        var absoluteBase = Urls.Absolute(Urls.Home).TrimEnd('/');
        return await media.LoadAsync(fields, bodies, absoluteBase, absoluteBase, theme, url => Urls.Absolute(Urls.Content(url) ?? url), Urls.Absolute, cancellationToken);
    }

    private ContentArticle Article(ArticleRecord article, MediaImageSet images)
    {
        var published = Utc(article.PublishedUtc ?? article.CreatedUtc);
        return new ContentArticle(
            article.Path,
            Urls.Absolute(Urls.Article(article.Path)),
            article.Title,
            article.Dek,
            article.Language,
            published,
            Utc(article.UpdatedUtc),
            SiteRequest.ReadingMinutes(article.WordCount),
            article.Featured,
            article.CanonicalUrl,
            Image(images.Image(article.CoverImage, article.CoverAlt)),
            [.. article.OrderedTopics().Select(t => new ContentTopicLink(t.Slug, t.Name, Urls.Absolute(Urls.Topic(t.Slug))))],
            [.. article.OrderedExperts().Select(e => new ContentExpertLink(e.Slug, e.Name, Urls.Absolute(Urls.Expert(e.Slug)), e.JobTitle, e.Credentials, Image(images.Photo(e.PhotoUrl, e.Name))))],
            MediaFigures.Expand(article.BodyHtml, images, MediaHtmlTarget.Page),
            [.. ContentJson.Sources(article.SourcesJson).Select(s => new ContentSource(s.Title, s.Url, s.Publisher, s.Claim))],
            [.. ContentJson.Corrections(article.CorrectionsJson).Select(c => new ContentCorrection(c.Date.ToUniversalTime(), c.Text))],
            ClaimReviews(article));
    }

    /// <summary>The article's fact-checks with their rating's label in the article's language (its readers').</summary>
    private static List<ContentClaimReview> ClaimReviews(ArticleRecord article)
    {
        var text = ThemeText.For(article.Language);
        return [.. ContentJson.ClaimReviews(article.ClaimReviewsJson).Where(r => ClaimRating.IsValid(r.Rating)).Select(r => new ContentClaimReview(
            r.Claim, r.ClaimantName, r.ClaimantUrl, r.AppearanceUrl, r.AppearanceDate, r.Rating, ClaimRating.Best, ClaimRating.Worst,
            SiteRequest.RatingLabel(text, r.Rating), [.. r.Evidence.Select(e => new ContentLink(e.Title, e.Url))]))];
    }

    /// <summary>The expert's filled-in facts in a fixed order, with the date of the editors' mark where there is one.</summary>
    private static List<ContentExpertFact> Facts(ExpertRecord expert)
    {
        var marks = ContentJson.Verifications(expert.VerificationsJson);
        (string Field, string? Value)[] facts =
        [
            (ExpertVerification.Credentials, expert.Credentials),
            (ExpertVerification.Affiliation, expert.Affiliation),
            (ExpertVerification.ConflictsOfInterest, expert.ConflictsOfInterest),
        ];
        return [.. facts.Where(f => !string.IsNullOrWhiteSpace(f.Value))
            .Select(f => new ContentExpertFact(JsonNamingPolicy.CamelCase.ConvertName(f.Field), marks.FirstOrDefault(m => m.Field == f.Field)?.AtUtc.ToUniversalTime()))];
    }

    private ContentTopic Topic(TopicRecord topic, List<TopicRecord> all, MediaImageSet images) => new(
        topic.Slug,
        topic.Name,
        Urls.Absolute(Urls.Topic(topic.Slug)),
        topic.Description,
        all.FirstOrDefault(t => t.Id == topic.ParentId)?.Slug,
        Image(images.Image(topic.Image, topic.Name)));

    private ContentExpert Expert(ExpertRecord expert, MediaImageSet images) => new(
        expert.Slug,
        expert.Name,
        Urls.Absolute(Urls.Expert(expert.Slug)),
        expert.JobTitle,
        expert.Credentials,
        MediaFigures.Expand(expert.BioHtml, images, MediaHtmlTarget.Page),
        Image(images.Photo(expert.PhotoUrl, expert.Name)),
        [.. ContentJson.Links(expert.LinksJson).Select(l => new ContentLink(l.Label, l.Url))],
        expert.Affiliation,
        expert.ConflictsOfInterest,
        Facts(expert));

    private ContentPage Page(PageRecord page, MediaImageSet images) => new(
        page.Path,
        Urls.Absolute(Urls.Article(page.Path)),
        page.Title,
        MediaFigures.Expand(page.BodyHtml, images, MediaHtmlTarget.Page),
        Utc(page.UpdatedUtc));

    private ContentImage? Image(ImageView? image) => image is null
        ? null
        : new ContentImage(Urls.Absolute(image.Src), image.Width, image.Height, image.Alt, image.Srcset, image.WebpSrcset, image.Caption, image.Credit);

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static List<int> SelfAndDescendants(List<TopicRecord> topics, int id)
    {
        var result = new List<int> { id };
        for (var i = 0; i < result.Count; i++)
        {
            result.AddRange(topics.Where(t => t.ParentId == result[i]).Select(t => t.Id));
        }

        return result;
    }
}
