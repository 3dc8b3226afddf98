using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Search;

/// <summary>
/// The indexing log every node replays into its own search index, and the articles it indexes
/// (with their topics and experts, whatever their status: the index filters on it).
/// </summary>
public sealed class SearchIndexStore(TenantDbContext db)
{
    /// <summary>The newest log row's id, 0 when the log is empty (one indexed query).</summary>
    public async Task<long> LatestAsync(CancellationToken cancellationToken) =>
        await db.SearchIndexLog.MaxAsync(l => (long?)l.Id, cancellationToken) ?? 0;

    /// <summary>Up to <paramref name="count"/> log rows after <paramref name="cursor"/>, oldest first.</summary>
    public Task<List<SearchIndexLogRecord>> AfterAsync(long cursor, int count, CancellationToken cancellationToken) =>
        db.SearchIndexLog.AsNoTracking().Where(l => l.Id > cursor).OrderBy(l => l.Id).Take(count).ToListAsync(cancellationToken);

    public async Task AppendAsync(SearchIndexLogRecord entry, CancellationToken cancellationToken)
    {
        db.SearchIndexLog.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Every article's id, in order.</summary>
    public Task<List<int>> ArticleIdsAsync(CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken);

    /// <summary>The articles of <paramref name="ids"/> that still exist, by id, with their topics and experts.</summary>
    public Task<Dictionary<int, ArticleRecord>> ArticlesAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking()
            .Include(a => a.Topics).ThenInclude(t => t.Topic)
            .Include(a => a.Experts).ThenInclude(e => e.Expert)
            .AsSplitQuery()
            .Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
}
