using OpinionAct.Media.Audit;
using OpinionAct.Media.Content;
using OpinionAct.Media.Web.Audit;
using OpinionAct.Media.Data.Webhooks;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Webhooks;

namespace OpinionAct.Media.Web.Webhooks;

/// <summary>
/// The current hub's webhooks, for the admin page and the Admin API alike: list, create (the secret is returned
/// once), change, enable or disable, delete, the delivery log and replay. Target URLs pass the forgery rule
/// (<see cref="WebhookTargetGuard"/>) before anything is written.
/// </summary>
public sealed class WebhookService(
    WebhookStore store,
    WebhookOutbox outbox,
    WebhookTargetGuard guard,
    WebhookSecrets secrets,
    WebhookSignal signal,
    TenantContext tenant,
    TimeProvider clock,
    AuditTrail audit,
    TenantDueIndex work,
    ILogger<WebhookService> logger)
{
    public const int DeliveryLogSize = 100;

    public Task<List<WebhookRecord>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    public Task<WebhookRecord?> FindAsync(int id, CancellationToken cancellationToken) => store.FindAsync(id, cancellationToken);

    /// <exception cref="ContentValidationException">Field errors for <c>Url</c> and <c>Events</c>; nothing is written.</exception>
    public async Task<CreatedWebhook> CreateAsync(WebhookDraft draft, CancellationToken cancellationToken)
    {
        var (url, events) = await ValidateAsync(draft, cancellationToken);
        var secret = WebhookSecrets.NewSecret();
        var hook = new WebhookRecord
        {
            Url = url,
            Events = events,
            ProtectedSecret = secrets.Protect(tenant.Tenant.Name, secret),
            Active = true,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        audit.Add(AuditActions.WebhookCreated, url, string.Join(' ', events));
        await store.AddAsync(hook, cancellationToken);
        outbox.Forget();
        await WakeAsync(cancellationToken);
        logger.HookCreated(tenant.Tenant.Name, hook.Id, events);
        return new CreatedWebhook(hook, secret);
    }

    /// <summary>Changes the URL and events; null when the hook does not exist.</summary>
    /// <exception cref="ContentValidationException">Field errors; nothing is written.</exception>
    public async Task<WebhookRecord?> UpdateAsync(int id, WebhookDraft draft, CancellationToken cancellationToken)
    {
        var (url, events) = await ValidateAsync(draft, cancellationToken);
        var hook = await store.FindTrackedAsync(id, cancellationToken);
        if (hook is null)
        {
            return null;
        }

        hook.Url = url;
        hook.Events = events;
        audit.Add(AuditActions.WebhookUpdated, $"webhook {id}", url);
        await store.SaveChangesAsync(cancellationToken);
        outbox.Forget();
        logger.HookChanged(tenant.Tenant.Name, id, "changed");
        return hook;
    }

    /// <summary>
    /// Enables or disables the hook; a disabled hook gets no new events and its pending deliveries wait until it is
    /// enabled again (then those past the retry window fail at their next attempt). False when the hook does not exist.
    /// </summary>
    public async Task<bool> SetActiveAsync(int id, bool active, CancellationToken cancellationToken)
    {
        var hook = await store.FindTrackedAsync(id, cancellationToken);
        if (hook is null)
        {
            return false;
        }

        hook.Active = active;
        hook.DisabledReason = active ? null : "Disabled by an admin.";
        audit.Add(AuditActions.WebhookUpdated, $"webhook {id}", active ? "enabled" : "disabled");
        await store.SaveChangesAsync(cancellationToken);
        outbox.Forget();
        if (active)
        {
            await WakeAsync(cancellationToken);
        }

        logger.HookChanged(tenant.Tenant.Name, id, active ? "enabled" : "disabled");
        return true;
    }

    /// <summary>Deletes the hook with its delivery log; false when it did not exist.</summary>
    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var deleted = await store.DeleteAsync(id, cancellationToken);
        outbox.Forget();
        if (deleted)
        {
            await audit.RecordAsync(AuditActions.WebhookDeleted, $"webhook {id}", cancellationToken: cancellationToken);
            logger.HookChanged(tenant.Tenant.Name, id, "deleted");
        }

        return deleted;
    }

    /// <summary>The hook's latest deliveries, newest first; null when the hook does not exist.</summary>
    public async Task<List<WebhookDeliveryView>?> DeliveriesAsync(int hookId, CancellationToken cancellationToken, int take = DeliveryLogSize) =>
        await store.FindAsync(hookId, cancellationToken) is null ? null : await store.DeliveriesAsync(hookId, Math.Clamp(take, 1, 1000), cancellationToken);

    /// <summary>
    /// Posts the delivery's event again to its hook, as a new delivery due now with the same event id (so the same
    /// <c>Idempotency-Key</c>). Null when the delivery does not belong to the hook.
    /// </summary>
    public async Task<WebhookDeliveryRecord?> ReplayAsync(int hookId, int deliveryId, CancellationToken cancellationToken)
    {
        var original = await store.FindDeliveryAsync(deliveryId, cancellationToken);
        if (original is null || original.HookId != hookId)
        {
            return null;
        }

        var replay = await store.ReplayAsync(original, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await WakeAsync(cancellationToken);
        logger.Replayed(tenant.Tenant.Name, deliveryId, replay.Id);
        return replay;
    }

    private async Task<(string Url, string Events)> ValidateAsync(WebhookDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var url = draft.Url?.Trim() ?? string.Empty;
        if (await guard.CheckAsync(url, cancellationToken) is { } refused)
        {
            errors["Url"] = [refused];
        }

        var events = (draft.Events ?? []).Select(e => e.Trim()).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var unknown = events.Where(e => !WebhookEvents.IsKnown(e)).ToList();
        if (events.Count == 0)
        {
            errors["Events"] = ["Choose at least one event."];
        }
        else if (unknown.Count > 0)
        {
            errors["Events"] = [$"Unknown event(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", WebhookEvents.All)}."];
        }

        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }

        return (url, string.Join(",", WebhookEvents.All.Where(events.Contains)));
    }

    // This node's worker at once; other nodes through the tenant table's next-work time (their scheduler wakes theirs).
    private async Task WakeAsync(CancellationToken cancellationToken)
    {
        signal.Wake(tenant.Tenant.Name);
        await work.ScheduleAsync(tenant.Tenant.Name, WebhookWakeJob.JobKind, clock.GetUtcNow(), cancellationToken);
    }
}
