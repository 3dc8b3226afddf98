using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Accounts;

/// <summary>A hub's invitations: replacing an address's pending one, finding one by its token's hash, and claiming it once.</summary>
public sealed class InvitationStore(TenantDbContext db)
{
    /// <summary>Adds the invitation and drops the address's earlier pending ones, in one SaveChanges: an older link stops working.</summary>
    public async Task ReplaceAsync(InvitationRecord invitation, CancellationToken cancellationToken)
    {
        var earlier = await db.Set<InvitationRecord>()
            .Where(i => i.NormalizedEmail == invitation.NormalizedEmail && i.AcceptedUtc == null)
            .ToListAsync(cancellationToken);
        db.Set<InvitationRecord>().RemoveRange(earlier);
        db.Set<InvitationRecord>().Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<InvitationRecord?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        db.Set<InvitationRecord>().AsNoTracking().FirstOrDefaultAsync(i => i.TokenHash == tokenHash, cancellationToken);

    /// <summary>Marks the invitation used, only if it still is unused and unexpired: of two concurrent acceptances, one wins.</summary>
    public async Task<bool> ClaimAsync(int id, DateTime nowUtc, CancellationToken cancellationToken) =>
        await db.Set<InvitationRecord>()
            .Where(i => i.Id == id && i.AcceptedUtc == null && i.ExpiresUtc > nowUtc)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedUtc, nowUtc), cancellationToken) == 1;

    /// <summary>Undoes a claim whose account could not be created, so the link still works.</summary>
    public Task ReleaseAsync(int id, CancellationToken cancellationToken) =>
        db.Set<InvitationRecord>().Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedUtc, (DateTime?)null), cancellationToken);

    /// <summary>Invitations not yet accepted, newest first (expired ones included: the page says so).</summary>
    public Task<List<InvitationRecord>> PendingAsync(CancellationToken cancellationToken) =>
        db.Set<InvitationRecord>().AsNoTracking().Where(i => i.AcceptedUtc == null).OrderByDescending(i => i.Id).ToListAsync(cancellationToken);
}
