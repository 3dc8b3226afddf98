using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Bounces;

/// <summary>The return path and bounce mailbox settings, the mailbox's progress mark, and the subscriber look-ups a pass needs.</summary>
public sealed class BounceStore(TenantDbContext db)
{
    /// <summary>The settings, not tracked; defaults (no return path, no mailbox) when none were saved.</summary>
    public async Task<BounceSettingsRecord> GetSettingsAsync(CancellationToken cancellationToken) =>
        await db.BounceSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == BounceSettingsRecord.SingletonId, cancellationToken) ?? new BounceSettingsRecord();

    /// <summary>The settings, tracked for a change (added when none were saved yet); <see cref="SaveChangesAsync"/> writes them.</summary>
    public async Task<BounceSettingsRecord> TrackSettingsAsync(CancellationToken cancellationToken)
    {
        var settings = await db.BounceSettings.FirstOrDefaultAsync(s => s.Id == BounceSettingsRecord.SingletonId, cancellationToken);
        if (settings is null)
        {
            settings = new BounceSettingsRecord();
            db.BounceSettings.Add(settings);
        }

        return settings;
    }

    public Task<int> SaveChangesAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    /// <summary>The progress and last pass, not tracked; an empty one when the mailbox was never read.</summary>
    public async Task<BounceMailboxStateRecord> GetStateAsync(CancellationToken cancellationToken) =>
        await db.BounceMailboxState.AsNoTracking().FirstOrDefaultAsync(s => s.Id == BounceMailboxStateRecord.SingletonId, cancellationToken) ?? new BounceMailboxStateRecord();

    /// <summary>
    /// The mark for <paramref name="folder"/> at <paramref name="uidValidity"/>: the stored one, or a fresh one (highest
    /// UID 0) when the mailbox was never read, another folder is configured, or the server renumbered the folder (a new
    /// UIDVALIDITY: old UIDs mean nothing any more).
    /// </summary>
    public async Task<long> MarkAsync(string folder, long uidValidity, CancellationToken cancellationToken)
    {
        var state = await db.BounceMailboxState.FirstOrDefaultAsync(s => s.Id == BounceMailboxStateRecord.SingletonId, cancellationToken);
        if (state is null)
        {
            state = new BounceMailboxStateRecord();
            db.BounceMailboxState.Add(state);
        }

        if (state.Folder != folder || state.UidValidity != uidValidity)
        {
            state.Folder = folder;
            state.UidValidity = uidValidity;
            state.HighestUid = 0;
            await db.SaveChangesAsync(cancellationToken);
        }

        var highest = state.HighestUid;
        db.Entry(state).State = EntityState.Detached;
        return highest;
    }

    /// <summary>
    /// Moves the mark from <paramref name="from"/> to <paramref name="to"/> when nobody moved it meanwhile (another node
    /// reading the same mailbox); false otherwise, and the caller's transaction must then be rolled back.
    /// </summary>
    public async Task<bool> AdvanceAsync(string folder, long uidValidity, long from, long to, CancellationToken cancellationToken) =>
        await db.BounceMailboxState
            .Where(s => s.Id == BounceMailboxStateRecord.SingletonId && s.Folder == folder && s.UidValidity == uidValidity && s.HighestUid == from)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.HighestUid, to), cancellationToken) == 1;

    /// <summary>Keeps the last pass's summary and error for the mail settings page.</summary>
    public async Task SavePassAsync(DateTime at, string summaryJson, string? error, CancellationToken cancellationToken)
    {
        var updated = await db.BounceMailboxState.Where(s => s.Id == BounceMailboxStateRecord.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastPassUtc, at).SetProperty(x => x.LastSummaryJson, summaryJson).SetProperty(x => x.LastError, error), cancellationToken);
        if (updated == 0)
        {
            db.BounceMailboxState.Add(new BounceMailboxStateRecord { LastPassUtc = at, LastSummaryJson = summaryJson, LastError = error });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: committed when it returns true, rolled back otherwise or when it throws.</summary>
    public async Task<bool> InTransactionAsync(Func<Task<bool>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await work())
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }

    /// <summary>Addresses of the given subscribers (those that still exist).</summary>
    public Task<Dictionary<int, string>> EmailsAsync(IReadOnlyCollection<int> subscriberIds, CancellationToken cancellationToken) =>
        db.Subscribers.AsNoTracking().Where(s => subscriberIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Email, cancellationToken);

    /// <summary>Subscriber ids of the given (normalised) addresses (those that are subscribers).</summary>
    public Task<Dictionary<string, int>> IdsAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken) =>
        db.Subscribers.AsNoTracking().Where(s => emails.Contains(s.Email)).ToDictionaryAsync(s => s.Email, s => s.Id, cancellationToken);
}
