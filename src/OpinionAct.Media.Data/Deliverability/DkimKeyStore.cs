using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Deliverability;

/// <summary>A hub's DKIM keys: listing, adding (retiring the domain's signing key in the same transaction), removing.</summary>
public sealed class DkimKeyStore(TenantDbContext db)
{
    public Task<List<DkimKeyRecord>> ListAsync(CancellationToken cancellationToken) =>
        db.Set<DkimKeyRecord>().AsNoTracking().OrderBy(k => k.Domain).ThenByDescending(k => k.Id).ToListAsync(cancellationToken);

    /// <summary>The key that signs each domain's mail: the newest one not retired.</summary>
    public async Task<List<DkimKeyRecord>> SigningAsync(CancellationToken cancellationToken) =>
        (await db.Set<DkimKeyRecord>().AsNoTracking().Where(k => k.RetiredUtc == null).OrderByDescending(k => k.Id).ToListAsync(cancellationToken))
            .DistinctBy(k => k.Domain)
            .ToList();

    /// <summary>Adds <paramref name="key"/> as its domain's signing key; the domain's previous signing key is retired in the same transaction.</summary>
    public async Task AddAsync(DkimKeyRecord key, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<DkimKeyRecord>().Where(k => k.Domain == key.Domain && k.RetiredUtc == null)
            .ExecuteUpdateAsync(k => k.SetProperty(x => x.RetiredUtc, key.CreatedUtc), cancellationToken);
        db.Set<DkimKeyRecord>().Add(key);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Deletes the key; false when there was none.</summary>
    public async Task<bool> RemoveAsync(string domain, string selector, CancellationToken cancellationToken) =>
        await db.Set<DkimKeyRecord>().Where(k => k.Domain == domain && k.Selector == selector).ExecuteDeleteAsync(cancellationToken) > 0;
}
