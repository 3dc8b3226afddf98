using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Search;
using OpinionAct.Media.Web.Content.Admin;
using OpinionAct.Media.Web.Search;

namespace OpinionAct.Media.Web.Content;

/// <summary>Content's read side for the admin: lists and lookups, without tracking. Writes go through the content services.</summary>
public sealed class AdminReader(ArticleStore articles, TopicStore topics, ExpertStore experts, PageStore pages, RedirectStore redirects, ContentUserStore users, SiteSearch search)
{
    public async Task<(List<ArticleRecord> Items, int Total)> ArticlesAsync(ArticleListFilter filter, CancellationToken cancellationToken)
    {
        List<int>? ids = null;
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // The same index as the public site, drafts included; the other filters then narrow its 50 best matches.
            var results = await search.SearchAsync(new SearchRequest { Query = filter.Search, IncludeUnpublished = true, PageSize = 50 }, cancellationToken);
            ids = results.Hits.Select(h => h.Id).ToList();
        }

        var query = new ArticleListQuery(
            filter.Status is { } status ? (int)status : null,
            filter.Topic,
            filter.Expert,
            filter.OwnerUserId,
            ids,
            (filter.Page - 1) * filter.Size,
            filter.Size);
        return await articles.ListAsync(query, cancellationToken);
    }

    public Task<List<TopicRecord>> TopicsAsync(CancellationToken cancellationToken) => topics.ListAsync(cancellationToken);

    public Task<TopicRecord?> TopicAsync(int id, CancellationToken cancellationToken) => topics.GetAsync(id, cancellationToken);

    public Task<List<ExpertRecord>> ExpertsAsync(CancellationToken cancellationToken) => experts.ListAsync(cancellationToken);

    public Task<ExpertRecord?> ExpertAsync(int id, CancellationToken cancellationToken) => experts.GetAsync(id, cancellationToken);

    public Task<List<PageRecord>> PagesAsync(CancellationToken cancellationToken) => pages.ListAsync(cancellationToken);

    public Task<PageRecord?> PageAsync(int id, CancellationToken cancellationToken) => pages.GetAsync(id, cancellationToken);

    public Task<List<RedirectRecord>> RedirectsAsync(CancellationToken cancellationToken) => redirects.ListAsync(cancellationToken);

    /// <summary>Emails of the given accounts, for bylines of owners and revision authors; unknown ids are left out.</summary>
    public async Task<Dictionary<string, string>> UserNamesAsync(IEnumerable<string?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return wanted.Count == 0
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : await users.NamesAsync(wanted, cancellationToken);
    }
}
