using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.ContentApi;

/// <summary>
/// The Content API's reads (published content only, no tracking) and its key row. Drafts, scheduled and
/// archived articles and unpublished pages never leave this store.
/// </summary>
public sealed class ContentApiStore(TenantDbContext db)
{
    /// <summary>One page of published articles, newest first, with their topics and experts.</summary>
    public async Task<(List<ArticleRecord> Items, int Total)> ArticlesAsync(ContentApiArticleQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var articles = Published();
        if (query.TopicIds is { } topicIds)
        {
            articles = articles.Where(a => a.Topics.Any(t => topicIds.Contains(t.TopicId)));
        }

        if (query.ExpertId is { } expertId)
        {
            articles = articles.Where(a => a.Experts.Any(e => e.ExpertId == expertId));
        }

        if (query.Language is { } language)
        {
            articles = articles.Where(a => a.Language == language);
        }

        if (query.PublishedAfter is { } after)
        {
            articles = articles.Where(a => a.PublishedUtc >= after);
        }

        if (query.PublishedBefore is { } before)
        {
            articles = articles.Where(a => a.PublishedUtc <= before);
        }

        var total = await articles.CountAsync(cancellationToken);
        var items = await WithLinks(articles).OrderByDescending(a => a.PublishedUtc).ThenByDescending(a => a.Id)
            .Skip((query.Page - 1) * query.Limit).Take(query.Limit).ToListAsync(cancellationToken);
        return (items, total);
    }

    public Task<ArticleRecord?> ArticleAsync(string path, CancellationToken cancellationToken) =>
        WithLinks(Published()).FirstOrDefaultAsync(a => a.Path == path, cancellationToken);

    public async Task<List<TopicRecord>> TopicsAsync(CancellationToken cancellationToken) =>
        await db.Topics.AsNoTracking().OrderBy(t => t.Position).ThenBy(t => t.Name).ToListAsync(cancellationToken);

    public async Task<List<ExpertRecord>> ExpertsAsync(CancellationToken cancellationToken) =>
        await db.Experts.AsNoTracking().OrderBy(e => e.Name).ThenBy(e => e.Id).ToListAsync(cancellationToken);

    public Task<ExpertRecord?> ExpertAsync(string slug, CancellationToken cancellationToken) =>
        db.Experts.AsNoTracking().FirstOrDefaultAsync(e => e.Slug == slug, cancellationToken);

    public async Task<List<PageRecord>> PagesAsync(CancellationToken cancellationToken) =>
        await db.Pages.AsNoTracking().Where(p => p.Published).OrderBy(p => p.Path).ToListAsync(cancellationToken);

    public Task<PageRecord?> PageAsync(string path, CancellationToken cancellationToken) =>
        db.Pages.AsNoTracking().FirstOrDefaultAsync(p => p.Path == path && p.Published, cancellationToken);

    /// <summary>The key row, or null when the hub never made one.</summary>
    public Task<ContentApiKeyRecord?> KeyAsync(CancellationToken cancellationToken) =>
        db.Set<ContentApiKeyRecord>().AsNoTracking().OrderBy(k => k.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Replaces the key (or makes the first one), keeping the "require" setting.</summary>
    public async Task SaveKeyAsync(string protectedKey, string keyHash, DateTime now, CancellationToken cancellationToken)
    {
        var row = await db.Set<ContentApiKeyRecord>().OrderBy(k => k.Id).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            db.Set<ContentApiKeyRecord>().Add(new ContentApiKeyRecord { ProtectedKey = protectedKey, KeyHash = keyHash, CreatedUtc = now });
        }
        else
        {
            row.ProtectedKey = protectedKey;
            row.KeyHash = keyHash;
            row.CreatedUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Sets whether the key is required; the row must exist (the service makes the key first).</summary>
    public async Task SetRequireKeyAsync(bool require, CancellationToken cancellationToken) =>
        await db.Set<ContentApiKeyRecord>().ExecuteUpdateAsync(s => s.SetProperty(k => k.RequireKey, require), cancellationToken);

    private IQueryable<ArticleRecord> Published() =>
        db.Articles.AsNoTracking().Where(a => a.Status == (int)ArticleStatus.Published);

    private static IQueryable<ArticleRecord> WithLinks(IQueryable<ArticleRecord> query) =>
        query.Include(a => a.Topics).ThenInclude(t => t.Topic).Include(a => a.Experts).ThenInclude(e => e.Expert).AsSplitQuery();
}
