using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Site;

/// <summary>The public site's queries: only published content, newest first, no tracking.</summary>
public sealed class SiteStore(TenantDbContext db)
{
    /// <summary>The hub's newsletters, for the signup form every page may carry.</summary>
    public async Task<List<NewsletterRecord>> NewslettersAsync(CancellationToken cancellationToken) =>
        await db.Newsletters.AsNoTracking().OrderBy(n => n.Name).ThenBy(n => n.Id).ToListAsync(cancellationToken);

    public async Task<SiteSettingsRecord> SettingsAsync(CancellationToken cancellationToken) =>
        await db.SiteSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new SiteSettingsRecord();

    public async Task<List<TopicRecord>> TopicsAsync(CancellationToken cancellationToken) =>
        await db.Topics.AsNoTracking().OrderBy(t => t.Position).ThenBy(t => t.Name).ToListAsync(cancellationToken);

    public async Task<List<ExpertRecord>> ExpertsAsync(CancellationToken cancellationToken) =>
        await db.Experts.AsNoTracking().OrderBy(e => e.Name).ToListAsync(cancellationToken);

    /// <summary>One page of published articles, newest first, filtered by topic (with its subtopics' ids) or expert.</summary>
    public async Task<(List<ArticleRecord> Items, int Total)> ArticlesAsync(int page, int pageSize, CancellationToken cancellationToken, IReadOnlyCollection<int>? topicIds = null, int? expertId = null, bool? featured = null)
    {
        var query = Published();
        if (topicIds is not null)
        {
            query = query.Where(a => a.Topics.Any(t => topicIds.Contains(t.TopicId)));
        }

        if (expertId is not null)
        {
            query = query.Where(a => a.Experts.Any(e => e.ExpertId == expertId));
        }

        if (featured is not null)
        {
            query = query.Where(a => a.Featured == featured);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await WithLinks(query).OrderByDescending(a => a.PublishedUtc).ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (items, total);
    }

    public Task<ArticleRecord?> ArticleAsync(string path, CancellationToken cancellationToken) =>
        WithLinks(Published()).FirstOrDefaultAsync(a => a.Path == path, cancellationToken);

    /// <summary>Up to <paramref name="count"/> other published articles sharing a topic, newest first.</summary>
    public async Task<List<ArticleRecord>> RelatedAsync(ArticleRecord article, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var topicIds = article.Topics.Select(t => t.TopicId).ToList();
        return await WithLinks(Published()).Where(a => a.Id != article.Id && a.Topics.Any(t => topicIds.Contains(t.TopicId)))
            .OrderByDescending(a => a.PublishedUtc).Take(count).ToListAsync(cancellationToken);
    }

    public Task<PageRecord?> PageAsync(string path, CancellationToken cancellationToken) =>
        db.Pages.AsNoTracking().FirstOrDefaultAsync(p => p.Path == path && p.Published, cancellationToken);

    public Task<RedirectRecord?> RedirectAsync(string path, CancellationToken cancellationToken) =>
        db.Redirects.AsNoTracking().FirstOrDefaultAsync(r => r.FromPath == path, cancellationToken);

    public Task<ExpertRecord?> ExpertAsync(string slug, CancellationToken cancellationToken) =>
        db.Experts.AsNoTracking().FirstOrDefaultAsync(e => e.Slug == slug, cancellationToken);

    public async Task<List<PageRecord>> PagesAsync(CancellationToken cancellationToken) =>
        await db.Pages.AsNoTracking().Where(p => p.Published).OrderBy(p => p.Path).ToListAsync(cancellationToken);

    private IQueryable<ArticleRecord> Published() =>
        db.Articles.AsNoTracking().Where(a => a.Status == (int)ArticleStatus.Published);

    private static IQueryable<ArticleRecord> WithLinks(IQueryable<ArticleRecord> query) =>
        query.Include(a => a.Topics).ThenInclude(t => t.Topic).Include(a => a.Experts).ThenInclude(e => e.Expert).AsSplitQuery();
}
