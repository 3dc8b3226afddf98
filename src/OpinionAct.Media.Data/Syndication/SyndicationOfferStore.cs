using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Syndication;

namespace OpinionAct.Media.Data.Syndication;

/// <summary>
/// Offers between allied hubs, in the host database. A hub reads the offers it sent (<see cref="SentAsync"/>) and
/// those addressed to it (<see cref="InboxAsync"/>); state changes are conditional updates, so an offer is accepted once.
/// </summary>
public sealed class SyndicationOfferStore(MediaDatabase database)
{
    private static readonly int Offered = (int)OfferState.Offered;
    private static readonly int Accepted = (int)OfferState.Accepted;

    public async Task AddAsync(SyndicationOfferRecord offer, CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        db.Add(offer);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<SyndicationOfferRecord?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        return await db.Set<SyndicationOfferRecord>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
    }

    public async Task<List<SyndicationOfferRecord>> InboxAsync(string tenant, CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        return await db.Set<SyndicationOfferRecord>().AsNoTracking().Where(o => o.ToTenant == tenant)
            .OrderBy(o => o.State).ThenByDescending(o => o.OfferedUtc).ThenByDescending(o => o.Id).Take(200).ToListAsync(cancellationToken);
    }

    public async Task<List<SyndicationOfferRecord>> SentAsync(string tenant, CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        return await db.Set<SyndicationOfferRecord>().AsNoTracking().Where(o => o.FromTenant == tenant)
            .OrderBy(o => o.State).ThenByDescending(o => o.OfferedUtc).ThenByDescending(o => o.Id).Take(200).ToListAsync(cancellationToken);
    }

    /// <summary>Whether the article already has a waiting or accepted offer to that hub.</summary>
    public async Task<bool> OpenExistsAsync(string from, int articleId, string to, CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        return await db.Set<SyndicationOfferRecord>().AnyAsync(o => o.FromTenant == from && o.OriginalArticleId == articleId && o.ToTenant == to && (o.State == Offered || o.State == Accepted), cancellationToken);
    }

    /// <summary>The offers of <paramref name="from"/> whose original still matters to an ally: waiting, or accepted and following.</summary>
    public async Task<List<SyndicationOfferRecord>> FollowingFromAsync(string from, CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        return await db.Set<SyndicationOfferRecord>().AsNoTracking()
            .Where(o => o.FromTenant == from && o.Follows && (o.State == Offered || o.State == Accepted))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Accepted copies whose ally has not yet applied the latest snapshot (a failed or interrupted propagation).</summary>
    public async Task<List<SyndicationOfferRecord>> BehindAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        return await db.Set<SyndicationOfferRecord>().AsNoTracking()
            .Where(o => o.State == Accepted && o.Follows && o.CopyArticleId != null && o.AppliedVersion < o.SnapshotVersion)
            .OrderBy(o => o.Id).Take(100).ToListAsync(cancellationToken);
    }

    /// <summary>Offered → accepted by the hub it was offered to; false when it was not waiting any more (accepted twice, declined, withdrawn).</summary>
    public async Task<bool> ClaimAsync(long id, string tenant, string? by, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        return await db.Set<SyndicationOfferRecord>().Where(o => o.Id == id && o.ToTenant == tenant && o.State == Offered)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.State, Accepted).SetProperty(o => o.DecidedUtc, now).SetProperty(o => o.DecidedBy, by).SetProperty(o => o.UpdatedUtc, now), cancellationToken) == 1;
    }

    /// <summary>Undoes <see cref="ClaimAsync"/> when the copy could not be written, so the offer can be accepted again.</summary>
    public async Task ReleaseAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        await db.Set<SyndicationOfferRecord>().Where(o => o.Id == id && o.State == Accepted && o.CopyArticleId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.State, Offered).SetProperty(o => o.DecidedUtc, (DateTime?)null).SetProperty(o => o.DecidedBy, (string?)null), CancellationToken.None);
    }

    public async Task<bool> DeclineAsync(long id, string tenant, string? by, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        return await db.Set<SyndicationOfferRecord>().Where(o => o.Id == id && o.ToTenant == tenant && o.State == Offered)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.State, (int)OfferState.Declined).SetProperty(o => o.DecidedUtc, now).SetProperty(o => o.DecidedBy, by).SetProperty(o => o.UpdatedUtc, now), cancellationToken) == 1;
    }

    /// <summary>Records the copy and the snapshot version it shows.</summary>
    public async Task AppliedAsync(long id, int? copyArticleId, int version, CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        await db.Set<SyndicationOfferRecord>().Where(o => o.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.CopyArticleId, o => copyArticleId ?? o.CopyArticleId).SetProperty(o => o.AppliedVersion, o => version > o.AppliedVersion ? version : o.AppliedVersion), cancellationToken);
    }

    /// <summary>A new snapshot of the original (edited, corrected, republished, unpublished); the version moves on.</summary>
    public async Task UpdateSnapshotAsync(long id, string snapshotJson, string fingerprint, string originalUrl, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        await db.Set<SyndicationOfferRecord>().Where(o => o.Id == id && o.Fingerprint != fingerprint)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.SnapshotJson, snapshotJson).SetProperty(o => o.Fingerprint, fingerprint).SetProperty(o => o.OriginalUrl, originalUrl)
                .SetProperty(o => o.SnapshotVersion, o => o.SnapshotVersion + 1).SetProperty(o => o.UpdatedUtc, now), cancellationToken);
    }

    /// <summary>The original was deleted: a waiting offer can no longer be accepted; an accepted one's copy is unpublished by the caller.</summary>
    public async Task OriginalDeletedAsync(long id, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        await db.Set<SyndicationOfferRecord>().Where(o => o.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.State, (int)OfferState.OriginalDeleted).SetProperty(o => o.Follows, false).SetProperty(o => o.UpdatedUtc, now), cancellationToken);
    }
}
