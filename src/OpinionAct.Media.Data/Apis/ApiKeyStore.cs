using Microsoft.EntityFrameworkCore;

namespace OpinionAct.Media.Data.Apis;

/// <summary>
/// The OpenID server keys of the scope's tenant. The context is the tenant's database, or the host's for
/// the host tenant (<c>ApisModule</c> registers <see cref="DbContext"/> as whichever the scope names).
/// </summary>
public sealed class ApiKeyStore(DbContext db)
{
    public async Task<IReadOnlyList<ApiKeyRecord>> LiveAsync(DateTime now, CancellationToken cancellationToken) =>
        await db.Set<ApiKeyRecord>().AsNoTracking()
            .Where(k => k.ExpiresUtc == null || k.ExpiresUtc > now)
            .OrderBy(k => k.ActivatesUtc).ThenBy(k => k.Id)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Adds <paramref name="added"/> and gives every older key of the same use without an end an expiry, in
    /// one transaction: a rotation either happens whole or not at all.
    /// </summary>
    public async Task AddAsync(IReadOnlyList<ApiKeyRecord> added, DateTime retireOlderAt, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var uses = added.Select(k => k.Use).ToList();
        var older = await db.Set<ApiKeyRecord>().Where(k => uses.Contains(k.Use) && k.ExpiresUtc == null).ToListAsync(cancellationToken);
        foreach (var key in older)
        {
            key.ExpiresUtc = retireOlderAt;
        }

        db.Set<ApiKeyRecord>().AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> AnyAsync(CancellationToken cancellationToken) =>
        await db.Set<ApiKeyRecord>().AnyAsync(cancellationToken);
}
