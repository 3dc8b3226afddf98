using Microsoft.EntityFrameworkCore;

namespace OpinionAct.Media.Data.Accounts;

/// <summary>
/// Signed-in sessions of one database's accounts (<see cref="TenantSessionStore"/> for a hub's editors,
/// <see cref="AgencySessionStore"/> for agency staff).
/// </summary>
public abstract class SessionStore(DbContext db)
{
    public async Task AddAsync(UserSessionRecord session, CancellationToken cancellationToken)
    {
        db.Set<UserSessionRecord>().Add(session);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<UserSessionRecord?> FindAsync(string id, string userId, CancellationToken cancellationToken) =>
        db.Set<UserSessionRecord>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.UserId == userId, cancellationToken);

    public Task<List<UserSessionRecord>> ForUserAsync(string userId, CancellationToken cancellationToken) =>
        db.Set<UserSessionRecord>().AsNoTracking().Where(s => s.UserId == userId).OrderByDescending(s => s.LastSeenUtc).ToListAsync(cancellationToken);

    public Task TouchAsync(string id, DateTime nowUtc, CancellationToken cancellationToken) =>
        db.Set<UserSessionRecord>().Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenUtc, nowUtc), cancellationToken);

    /// <summary>Deletes one session of the user; false when it was not theirs or already gone.</summary>
    public async Task<bool> RemoveAsync(string userId, string id, CancellationToken cancellationToken) =>
        await db.Set<UserSessionRecord>().Where(s => s.Id == id && s.UserId == userId).ExecuteDeleteAsync(cancellationToken) == 1;

    /// <summary>Deletes every session of the user; returns how many.</summary>
    public Task<int> RemoveAllAsync(string userId, CancellationToken cancellationToken) =>
        db.Set<UserSessionRecord>().Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
}
