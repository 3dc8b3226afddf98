using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Webhooks;

/// <summary>
/// Stages webhook events on the scope's tenant context, so they are saved by the same SaveChanges (and committed
/// by the same transaction) as the change they report: a change that fails writes no event, and a committed change
/// cannot lose its event to a crash. The caller stages before it saves. A tenant without an active hook subscribed
/// to the event pays one small query per scope and stages nothing.
/// </summary>
public sealed class WebhookOutbox(TenantDbContext db, TimeProvider clock)
{
    // Hooks change rarely; a long-lived scope (a send pass) re-reads them now and then.
    private static readonly TimeSpan HookCacheLifetime = TimeSpan.FromSeconds(30);

    /// <summary>Letters stay readable in the payload (é, not \u00E9); characters that matter to HTML are still escaped.</summary>
    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private List<(int Id, string[] Events)>? _hooks;
    private DateTimeOffset _hooksReadAt;

    /// <summary>True when at least one active hook of the tenant subscribes to <paramref name="eventName"/>.</summary>
    public async Task<bool> WantsAsync(string eventName, CancellationToken cancellationToken) =>
        (await HooksAsync(cancellationToken)).Any(h => h.Events.Contains(eventName, StringComparer.Ordinal));

    /// <summary>
    /// Adds the event and one pending delivery per subscribed hook to the context, unsaved; returns false (and adds
    /// nothing) when no hook wants it. <paramref name="data"/> becomes the payload's <c>data</c>.
    /// </summary>
    public async Task<bool> StageAsync(string eventName, JsonObject data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var hooks = (await HooksAsync(cancellationToken)).Where(h => h.Events.Contains(eventName, StringComparer.Ordinal)).ToList();
        if (hooks.Count == 0)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var evt = new WebhookEventRecord { Id = NewEventId(), Event = eventName, OccurredUtc = now, DataJson = data.ToJsonString(Json) };
        db.WebhookEvents.Add(evt);
        foreach (var hook in hooks)
        {
            db.WebhookDeliveries.Add(new WebhookDeliveryRecord { HookId = hook.Id, EventId = evt.Id, State = WebhookDeliveryState.Pending, CreatedUtc = now, NextAttemptUtc = now });
        }

        return true;
    }

    /// <summary>
    /// Runs a change that does not go through the change tracker (a set-based update) together with its event: when a
    /// hook wants <paramref name="eventName"/>, <paramref name="change"/> runs in a transaction (the caller's, if one is
    /// open), its returned data is staged and saved, and both commit together; otherwise the change runs alone.
    /// <paramref name="change"/> is told whether the event is wanted (so it reads the event's data only then) and returns
    /// the event's data, or null when nothing changed (no event).
    /// </summary>
    public async Task<T> WithEventAsync<T>(string eventName, Func<bool, CancellationToken, Task<(T Result, JsonObject? Data)>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!await WantsAsync(eventName, cancellationToken))
        {
            return (await change(false, cancellationToken)).Result;
        }

        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var (result, data) = await change(true, cancellationToken);
            if (data is not null && await StageAsync(eventName, data, cancellationToken))
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return result;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>Forgets the hooks read in this scope (after a hook was created, changed or deleted).</summary>
    public void Forget() => _hooks = null;

    private async Task<List<(int Id, string[] Events)>> HooksAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_hooks is null || now - _hooksReadAt > HookCacheLifetime)
        {
            var rows = await db.Webhooks.AsNoTracking().Where(h => h.Active).Select(h => new { h.Id, h.Events }).ToListAsync(cancellationToken);
            _hooks = rows.Select(r => (r.Id, r.Events.Split(',', StringSplitOptions.RemoveEmptyEntries))).ToList();
            _hooksReadAt = now;
        }

        return _hooks;
    }

    private static string NewEventId() => "evt_" + Guid.NewGuid().ToString("N");
}
