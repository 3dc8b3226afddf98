using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Content;

/// <summary>
/// Articles and their revisions in the tenant's database. Loads for a change are tracked, with their
/// topics and experts; lists for reading are not. Changes are saved by <see cref="ContentUnit"/>.
/// </summary>
public sealed class ArticleStore(TenantDbContext db)
{
    /// <summary>The article to change, with its topics and experts; null when it does not exist.</summary>
    public Task<ArticleRecord?> FindAsync(int id, CancellationToken cancellationToken) =>
        WithLinks(db.Articles).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>Scheduled articles whose time has come, tracked with their topics and experts, to publish them.</summary>
    public Task<List<ArticleRecord>> DueAsync(DateTime nowUtc, CancellationToken cancellationToken) =>
        WithLinks(db.Articles).Where(a => a.Status == (int)ArticleStatus.Scheduled && a.ScheduledUtc <= nowUtc)
            .ToListAsync(cancellationToken);

    /// <summary>The earliest time a scheduled article is due, or null: when the scheduler must next publish for this tenant.</summary>
    public Task<DateTime?> NextScheduledAsync(CancellationToken cancellationToken) =>
        db.Articles.Where(a => a.Status == (int)ArticleStatus.Scheduled).MinAsync(a => a.ScheduledUtc, cancellationToken);

    public void Add(ArticleRecord article) => db.Articles.Add(article);

    /// <summary>Deletes the article with its topic and expert links and its revisions (cascade).</summary>
    public void Remove(ArticleRecord article) => db.Articles.Remove(article);

    /// <summary>True when another article than <paramref name="exceptId"/> already has the path.</summary>
    public Task<bool> PathUsedAsync(string path, int? exceptId, CancellationToken cancellationToken) =>
        db.Articles.AnyAsync(a => a.Path == path && a.Id != exceptId, cancellationToken);

    /// <summary>The id of the article imported from an Orchard content item, if any.</summary>
    public Task<int?> IdForContentItemAsync(string contentItemId, CancellationToken cancellationToken) =>
        db.Articles.Where(a => a.ContentItemId == contentItemId).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);

    public Task<ArticleRevisionRecord?> RevisionAsync(int articleId, int number, CancellationToken cancellationToken) =>
        db.ArticleRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.ArticleId == articleId && r.Number == number, cancellationToken);

    /// <summary>An article's revisions, newest first.</summary>
    public Task<List<ArticleRevisionRecord>> RevisionsAsync(int articleId, CancellationToken cancellationToken) =>
        db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == articleId).OrderByDescending(r => r.Number).ToListAsync(cancellationToken);

    /// <summary>
    /// One page of the admin's list, most recently changed first, and how many match in all: each article with the columns
    /// a list shows (<see cref="ListColumns"/>) and its topics and experts.
    /// </summary>
    public async Task<(List<ArticleRecord> Items, int Total)> ListAsync(ArticleListQuery filter, CancellationToken cancellationToken)
    {
        var query = db.Articles.AsNoTracking();
        if (filter.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        if (!string.IsNullOrEmpty(filter.Topic))
        {
            query = query.Where(a => a.Topics.Any(t => t.Topic!.Slug == filter.Topic));
        }

        if (!string.IsNullOrEmpty(filter.Expert))
        {
            query = query.Where(a => a.Experts.Any(e => e.Expert!.Slug == filter.Expert));
        }

        if (!string.IsNullOrEmpty(filter.OwnerUserId))
        {
            query = query.Where(a => a.OwnerUserId == filter.OwnerUserId);
        }

        if (filter.Ids is { } ids)
        {
            query = query.Where(a => ids.Contains(a.Id));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(a => a.UpdatedUtc).ThenByDescending(a => a.Id)
            .Skip(filter.Skip).Take(filter.Take)
            .Select(ListColumns)
            .ToListAsync(cancellationToken);
        await ArticleLinks.LoadAsync(db, items, cancellationToken);
        return (items, total);
    }

    /// <summary>
    /// What a list shows of an article (the admin's list, the Admin API's, the syndication form's choice), untracked:
    /// never the bodies, sources, corrections or claims, which made a list of ten read and decode about twenty times
    /// the text it shows (issue 15's profile of the Admin API list: 2 ms a page, mostly body text).
    /// </summary>
    private static readonly Expression<Func<ArticleRecord, ArticleRecord>> ListColumns = a => new ArticleRecord
    {
        Id = a.Id,
        Path = a.Path,
        Status = a.Status,
        Title = a.Title,
        Language = a.Language,
        Featured = a.Featured,
        WordCount = a.WordCount,
        OwnerUserId = a.OwnerUserId,
        PublishedUtc = a.PublishedUtc,
        ScheduledUtc = a.ScheduledUtc,
        CreatedUtc = a.CreatedUtc,
        UpdatedUtc = a.UpdatedUtc,
        RevisionNumber = a.RevisionNumber,
    };

    // Split: as one query, SQLite materialises the join of every article's topic links (then every expert link) before
    // keeping this article's, a scan of the whole link table on each load: 16 ms an article at 10,000 articles.
    private static IQueryable<ArticleRecord> WithLinks(IQueryable<ArticleRecord> articles) =>
        articles.Include(a => a.Topics).ThenInclude(t => t.Topic).Include(a => a.Experts).ThenInclude(e => e.Expert).AsSplitQuery();

    /// <summary>
    /// Articles whose cover or body contains <paramref name="reference"/> (<c>media:12</c>), for the library's usage
    /// list. A substring match: <c>media:123</c> matches too, so callers confirm with <c>MediaMentions</c>.
    /// </summary>
    public Task<List<ArticleRecord>> MentioningAsync(string reference, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking()
            .Where(a => (a.CoverImage != null && a.CoverImage.Contains(reference)) || a.BodyMarkdown.Contains(reference) || a.BodyHtml.Contains(reference))
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);
}
