using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Search;

namespace OpinionAct.Media.Data.Tenant;

/// <summary>
/// Every save that touches an article, or the name of a topic or expert an article carries, appends
/// to the search indexing log in the same transaction: no code path can change content and forget
/// the index, and no node can miss a change.
/// </summary>
public abstract partial class TenantDbContext
{
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var articles = TouchedArticles();
        var topicIds = ChangedIds<TopicRecord>(t => t.Id);
        var expertIds = ChangedIds<ExpertRecord>(e => e.Id);
        if (articles.Count == 0 && topicIds.Count == 0 && expertIds.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // New articles get their ids from the first save; the log rows follow in the same transaction.
        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            var ids = articles.Select(a => a.Id).ToHashSet();
            if (topicIds.Count > 0)
            {
                ids.UnionWith(await Set<ArticleTopicRecord>().Where(l => topicIds.Contains(l.TopicId)).Select(l => l.ArticleId).ToListAsync(cancellationToken));
            }

            if (expertIds.Count > 0)
            {
                ids.UnionWith(await Set<ArticleExpertRecord>().Where(l => expertIds.Contains(l.ExpertId)).Select(l => l.ArticleId).ToListAsync(cancellationToken));
            }

            var now = DateTime.UtcNow;
            SearchIndexLog.AddRange(ids.Order().Select(id => new SearchIndexLogRecord { ArticleId = id, CreatedUtc = now }));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return saved;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    /// <summary>Synchronous saves would bypass the indexing log; everything in the platform saves asynchronously.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        TouchedArticles().Count == 0 && ChangedIds<TopicRecord>(t => t.Id).Count == 0 && ChangedIds<ExpertRecord>(e => e.Id).Count == 0
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : throw new InvalidOperationException("Save content with SaveChangesAsync so the search indexing log is written with it.");

    private List<ArticleRecord> TouchedArticles() =>
        ChangeTracker.Entries<ArticleRecord>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).Select(e => e.Entity).ToList();

    private List<int> ChangedIds<T>(Func<T, int> id) where T : class =>
        ChangeTracker.Entries<T>().Where(e => e.State is EntityState.Modified or EntityState.Deleted).Select(e => id(e.Entity)).ToList();
}
