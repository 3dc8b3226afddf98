using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Site;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Web.Site;

/// <summary>
/// The read side of the public site, as pages ask for it (a page number and optional filters); the
/// queries are in <see cref="SiteStore"/>.
/// </summary>
public sealed class SiteReader(SiteStore store)
{
    public const int PageSize = 10;

    /// <summary>The hub's newsletters, for the signup form every page may carry.</summary>
    public Task<List<Data.Newsletters.NewsletterRecord>> NewslettersAsync(CancellationToken cancellationToken) => store.NewslettersAsync(cancellationToken);

    public Task<SiteSettingsRecord> SettingsAsync(CancellationToken cancellationToken) => store.SettingsAsync(cancellationToken);

    public Task<List<TopicRecord>> TopicsAsync(CancellationToken cancellationToken) => store.TopicsAsync(cancellationToken);

    public Task<List<ExpertRecord>> ExpertsAsync(CancellationToken cancellationToken) => store.ExpertsAsync(cancellationToken);

    /// <summary>Published articles, newest first, filtered by topic (with its subtopics' ids) or expert.</summary>
    public Task<(List<ArticleRecord> Items, int Total)> ArticlesAsync(int page, CancellationToken cancellationToken, IReadOnlyCollection<int>? topicIds = null, int? expertId = null, bool? featured = null, int pageSize = PageSize) =>
        store.ArticlesAsync(page, pageSize, topicIds, expertId, featured, cancellationToken);

    public Task<ArticleRecord?> ArticleAsync(string path, CancellationToken cancellationToken) => store.ArticleAsync(path, cancellationToken);

    /// <summary>Up to <paramref name="count"/> other published articles sharing a topic, newest first.</summary>
    public Task<List<ArticleRecord>> RelatedAsync(ArticleRecord article, int count, CancellationToken cancellationToken) => store.RelatedAsync(article, count, cancellationToken);

    public Task<PageRecord?> PageAsync(string path, CancellationToken cancellationToken) => store.PageAsync(path, cancellationToken);

    public Task<RedirectRecord?> RedirectAsync(string path, CancellationToken cancellationToken) => store.RedirectAsync(path, cancellationToken);

    public Task<ExpertRecord?> ExpertAsync(string slug, CancellationToken cancellationToken) => store.ExpertAsync(slug, cancellationToken);

    public Task<List<PageRecord>> PagesAsync(CancellationToken cancellationToken) => store.PagesAsync(cancellationToken);
}
