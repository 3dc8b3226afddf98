using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Webhooks;

/// <summary>
/// A hub's webhooks and their deliveries: the hooks' CRUD, the delivery log and replay, and the worker's side:
/// leasing due deliveries (a conditional update, so two nodes cannot lease the same row at once) and settling
/// each one under its lease.
/// </summary>
public sealed class WebhookStore(TenantDbContext db)
{
    public Task<List<WebhookRecord>> ListAsync(CancellationToken cancellationToken) =>
        db.Webhooks.AsNoTracking().OrderBy(h => h.Id).ToListAsync(cancellationToken);

    public Task<WebhookRecord?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Webhooks.AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, cancellationToken);

    public Task<WebhookRecord?> FindTrackedAsync(int id, CancellationToken cancellationToken) =>
        db.Webhooks.FirstOrDefaultAsync(h => h.Id == id, cancellationToken);

    public async Task AddAsync(WebhookRecord hook, CancellationToken cancellationToken)
    {
        db.Webhooks.Add(hook);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<int> SaveChangesAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    /// <summary>Deletes the hook and its deliveries; events no other delivery needs go too. False when already gone.</summary>
    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.WebhookDeliveries.Where(d => d.HookId == id).ExecuteDeleteAsync(cancellationToken);
        var deleted = await db.Webhooks.Where(h => h.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
        await db.WebhookEvents.Where(e => !db.WebhookDeliveries.Any(d => d.EventId == e.Id)).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    /// <summary>True when the hub has an active hook (the worker skips hubs without one).</summary>
    public Task<bool> AnyActiveAsync(CancellationToken cancellationToken) => db.Webhooks.AnyAsync(h => h.Active, cancellationToken);

    /// <summary>The hook's latest deliveries, newest first.</summary>
    public Task<List<WebhookDeliveryView>> DeliveriesAsync(int hookId, int take, CancellationToken cancellationToken) =>
        db.WebhookDeliveries.AsNoTracking().Where(d => d.HookId == hookId).OrderByDescending(d => d.Id).Take(take)
            .Select(d => new WebhookDeliveryView(d.Id, d.EventId, d.Event!.Event, d.Event.OccurredUtc, d.State, d.Attempts, d.CreatedUtc,
                d.NextAttemptUtc, d.LastAttemptUtc, d.LastStatus, d.LastError, d.DeliveredUtc, d.ReplayOf))
            .ToListAsync(cancellationToken);

    public Task<WebhookDeliveryRecord?> FindDeliveryAsync(int deliveryId, CancellationToken cancellationToken) =>
        db.WebhookDeliveries.AsNoTracking().FirstOrDefaultAsync(d => d.Id == deliveryId, cancellationToken);

    /// <summary>Queues the event of <paramref name="original"/> again for the same hook, due now; returns the new delivery.</summary>
    public async Task<WebhookDeliveryRecord> ReplayAsync(WebhookDeliveryRecord original, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(original);
        var replay = new WebhookDeliveryRecord
        {
            HookId = original.HookId, EventId = original.EventId, State = WebhookDeliveryState.Pending, CreatedUtc = now, NextAttemptUtc = now, ReplayOf = original.Id,
        };
        db.WebhookDeliveries.Add(replay);
        await db.SaveChangesAsync(cancellationToken);
        return replay;
    }

    /// <summary>
    /// Leases up to <paramref name="batchSize"/> due deliveries of active hooks for <paramref name="owner"/> until
    /// <paramref name="now"/> + <paramref name="lease"/>. The update only takes rows whose lease is free or expired, so of
    /// two nodes racing for a row one wins; a row whose worker died is leased again once its lease runs out.
    /// </summary>
    public async Task<List<ClaimedWebhookDelivery>> ClaimAsync(string owner, DateTime now, TimeSpan lease, int batchSize, CancellationToken cancellationToken)
    {
        var until = now + lease;
        var candidates = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.State == WebhookDeliveryState.Pending && d.NextAttemptUtc <= now && (d.LeaseUntilUtc == null || d.LeaseUntilUtc < now) && d.Hook!.Active)
            .OrderBy(d => d.NextAttemptUtc).ThenBy(d => d.Id).Select(d => d.Id).Take(batchSize).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        await db.WebhookDeliveries
            .Where(d => candidates.Contains(d.Id) && d.State == WebhookDeliveryState.Pending && (d.LeaseUntilUtc == null || d.LeaseUntilUtc < now))
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.LeaseOwner, owner).SetProperty(d => d.LeaseUntilUtc, until), cancellationToken);
        return await db.WebhookDeliveries.AsNoTracking()
            .Where(d => candidates.Contains(d.Id) && d.LeaseOwner == owner && d.State == WebhookDeliveryState.Pending)
            .OrderBy(d => d.Id)
            .Select(d => new ClaimedWebhookDelivery(d.Id, d.HookId, d.Hook!.Url, d.Hook.ProtectedSecret, d.EventId, d.Event!.Event, d.Event.OccurredUtc, d.Event.DataJson, d.Attempts, d.CreatedUtc))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The receiver answered 2xx. False when the lease was lost meanwhile (another node owns the row now).</summary>
    public async Task<bool> MarkDeliveredAsync(int id, string owner, int status, DateTime now, CancellationToken cancellationToken) =>
        await db.WebhookDeliveries.Where(d => d.Id == id && d.LeaseOwner == owner && d.State == WebhookDeliveryState.Pending)
            .ExecuteUpdateAsync(set => set
                .SetProperty(d => d.State, WebhookDeliveryState.Delivered).SetProperty(d => d.Attempts, d => d.Attempts + 1)
                .SetProperty(d => d.LastStatus, status).SetProperty(d => d.LastError, (string?)null).SetProperty(d => d.LastAttemptUtc, now)
                .SetProperty(d => d.DeliveredUtc, now).SetProperty(d => d.LeaseOwner, (string?)null).SetProperty(d => d.LeaseUntilUtc, (DateTime?)null), cancellationToken) > 0;

    /// <summary>The attempt failed; tried again at <paramref name="nextAttempt"/>, or given up when it is null.</summary>
    public async Task<bool> MarkFailedAttemptAsync(int id, string owner, int status, string error, DateTime now, DateTime? nextAttempt, CancellationToken cancellationToken)
    {
        var state = nextAttempt is null ? WebhookDeliveryState.Failed : WebhookDeliveryState.Pending;
        var next = nextAttempt ?? now;
        return await db.WebhookDeliveries.Where(d => d.Id == id && d.LeaseOwner == owner && d.State == WebhookDeliveryState.Pending)
            .ExecuteUpdateAsync(set => set
                .SetProperty(d => d.State, state).SetProperty(d => d.Attempts, d => d.Attempts + 1).SetProperty(d => d.NextAttemptUtc, next)
                .SetProperty(d => d.LastStatus, status).SetProperty(d => d.LastError, error).SetProperty(d => d.LastAttemptUtc, now)
                .SetProperty(d => d.LeaseOwner, (string?)null).SetProperty(d => d.LeaseUntilUtc, (DateTime?)null), cancellationToken) > 0;
    }

    /// <summary>
    /// The hook answered again: its pending deliveries whose last attempt got no answer at all (unreachable, refused,
    /// timed out) are due now instead of at their backed-off time. Deliveries the receiver answered with an error keep
    /// their backoff, so one payload it refuses is not retried at every success. Returns how many.
    /// </summary>
    public Task<int> ExpediteUnreachableAsync(int hookId, DateTime now, CancellationToken cancellationToken) =>
        db.WebhookDeliveries
            .Where(d => d.HookId == hookId && d.State == WebhookDeliveryState.Pending && d.LastStatus == 0 && d.NextAttemptUtc > now && (d.LeaseUntilUtc == null || d.LeaseUntilUtc < now))
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.NextAttemptUtc, now), cancellationToken);

    /// <summary>Records the hook's last answer; with <paramref name="disableReason"/>, disables it too (a 410).</summary>
    public Task RecordHookAttemptAsync(int hookId, int status, DateTime now, string? disableReason, CancellationToken cancellationToken) =>
        disableReason is null
            ? db.Webhooks.Where(h => h.Id == hookId).ExecuteUpdateAsync(set => set.SetProperty(h => h.LastStatus, status).SetProperty(h => h.LastAttemptUtc, now), cancellationToken)
            : db.Webhooks.Where(h => h.Id == hookId).ExecuteUpdateAsync(set => set
                .SetProperty(h => h.LastStatus, status).SetProperty(h => h.LastAttemptUtc, now)
                .SetProperty(h => h.Active, false).SetProperty(h => h.DisabledReason, disableReason), cancellationToken);

    /// <summary>Deletes settled deliveries created before <paramref name="before"/>, then events no delivery needs; returns how many deliveries.</summary>
    public async Task<int> PurgeAsync(DateTime before, CancellationToken cancellationToken)
    {
        var deleted = await db.WebhookDeliveries.Where(d => d.State != WebhookDeliveryState.Pending && d.CreatedUtc < before).ExecuteDeleteAsync(cancellationToken);
        await db.WebhookEvents.Where(e => e.OccurredUtc < before && !db.WebhookDeliveries.Any(d => d.EventId == e.Id)).ExecuteDeleteAsync(cancellationToken);
        return deleted;
    }
}
