using Microsoft.EntityFrameworkCore;

namespace OpinionAct.Media.Data.Apis;

/// <summary>The integrations of the scope's tenant (see <see cref="ApiKeyStore"/> for which database).</summary>
public sealed class IntegrationStore(DbContext db)
{
    public async Task<IReadOnlyList<IntegrationRecord>> ListAsync(CancellationToken cancellationToken) =>
        await db.Set<IntegrationRecord>().AsNoTracking()
            .OrderBy(i => i.RevokedUtc != null).ThenByDescending(i => i.CreatedUtc)
            .ToListAsync(cancellationToken);

    public async Task<IntegrationRecord?> FindAsync(string clientId, CancellationToken cancellationToken) =>
        await db.Set<IntegrationRecord>().AsNoTracking().FirstOrDefaultAsync(i => i.ClientId == clientId, cancellationToken);

    /// <summary>Stages the row; the caller saves it together with the OAuth client (one transaction).</summary>
    public void Add(IntegrationRecord integration) => db.Set<IntegrationRecord>().Add(integration);

    public Task<int> SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction on this database. OpenIddict's managers resolve the same
    /// scoped context, so the OAuth client and this row are written or undone together.
    /// </summary>
    public async Task InTransactionAsync(Func<Task> work, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await work();
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> MarkRevokedAsync(string clientId, string revokedBy, DateTime now, CancellationToken cancellationToken) =>
        await db.Set<IntegrationRecord>()
            .Where(i => i.ClientId == clientId && i.RevokedUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.RevokedUtc, now).SetProperty(i => i.RevokedBy, revokedBy), cancellationToken) > 0;

    /// <summary>Records a use; callers throttle it, so a busy integration writes at most once a minute per node.</summary>
    public async Task TouchAsync(string clientId, DateTime now, CancellationToken cancellationToken) =>
        await db.Set<IntegrationRecord>()
            .Where(i => i.ClientId == clientId)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.LastUsedUtc, now), cancellationToken);
}
