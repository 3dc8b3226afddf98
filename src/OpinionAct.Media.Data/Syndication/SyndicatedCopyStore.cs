using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Syndication;

/// <summary>The copies this hub republishes from allies, in its own database.</summary>
public sealed class SyndicatedCopyStore(TenantDbContext db)
{
    public async Task<SyndicatedCopyRecord?> FindAsync(int articleId, CancellationToken cancellationToken) =>
        await db.Set<SyndicatedCopyRecord>().FirstOrDefaultAsync(c => c.ArticleId == articleId, cancellationToken);

    /// <summary>Whether this article is itself a copy (a copy is never offered on: only its original hub offers it).</summary>
    public async Task<bool> IsCopyAsync(int articleId, CancellationToken cancellationToken) =>
        await db.Set<SyndicatedCopyRecord>().AnyAsync(c => c.ArticleId == articleId, cancellationToken);

    public async Task<List<SyndicatedCopyRecord>> AllAsync(CancellationToken cancellationToken) =>
        await db.Set<SyndicatedCopyRecord>().AsNoTracking().OrderBy(c => c.ArticleId).ToListAsync(cancellationToken);

    /// <summary>Adds or replaces the record of a copy, in the caller's unit of work.</summary>
    public async Task SetAsync(SyndicatedCopyRecord copy, CancellationToken cancellationToken)
    {
        if (await FindAsync(copy.ArticleId, cancellationToken) is { } existing)
        {
            existing.OfferId = copy.OfferId;
            existing.OriginHub = copy.OriginHub;
            existing.OriginalUrl = copy.OriginalUrl;
            existing.OriginalPublishedUtc = copy.OriginalPublishedUtc;
            existing.Authors = copy.Authors;
            existing.UpdatedUtc = copy.UpdatedUtc;
        }
        else
        {
            db.Add(copy);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Runs a copy's writes (the article through the content services, then its record) in one transaction of this
    /// hub's database, so a failure leaves neither.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
