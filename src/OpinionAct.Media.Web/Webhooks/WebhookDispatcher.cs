using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Data.Webhooks;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Webhooks;

namespace OpinionAct.Media.Web.Webhooks;

/// <summary>
/// One delivery pass over a tenant's outbox: lease the due deliveries, post them (a few at once), and settle each
/// under its lease: delivered on 2xx; on anything else retried after an exponential, jittered delay until the retry
/// window since the delivery was created has passed, then failed; a 410 fails it and disables the hook. Every state
/// lives in the tenant's database, so a restart (or another node, once the lease ran out) carries on where it stopped.
/// When a hook answers 2xx again, its deliveries that had found it unreachable are due at once (the outage is over),
/// so catching up after a receiver's downtime does not wait for each delivery's backed-off time.
/// </summary>
public sealed class WebhookDispatcher(
    IServiceProvider services,
    TenantActivator activator,
    WebhookSender sender,
    WebhookSecrets secrets,
    TimeProvider clock,
    IOptions<WebhookOptions> options,
    ILogger<WebhookDispatcher> logger)
{
    private readonly string _node = $"{(Environment.MachineName.Length > 40 ? Environment.MachineName[..40] : Environment.MachineName)}:{Guid.NewGuid():N}";
    private long _passes;

    /// <summary>True when the tenant has an active hook.</summary>
    public async Task<bool> HasActiveHooksAsync(TenantDescriptor tenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        await activator.EnsureActivatedAsync(tenant.Name);
        await using var scope = services.CreateTenantScope(tenant);
        return await scope.ServiceProvider.GetRequiredService<WebhookStore>().AnyActiveAsync(cancellationToken);
    }

    /// <summary>Posts the tenant's due deliveries, up to one batch; returns how many were leased (a full batch means: call again).</summary>
    public async Task<int> DeliverDueAsync(TenantDescriptor tenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var settings = options.Value;
        await activator.EnsureActivatedAsync(tenant.Name);
        await using var scope = services.CreateTenantScope(tenant);
        var store = scope.ServiceProvider.GetRequiredService<WebhookStore>();
        var owner = $"{_node}:{Interlocked.Increment(ref _passes)}";
        var concurrency = Math.Max(settings.Concurrency, 1);

        // The lease outlasts the whole batch even if every POST times out, so a live worker never loses a row to another node.
        var rounds = (settings.BatchSize + concurrency - 1) / concurrency;
        var lease = TimeSpan.FromTicks(Math.Max(settings.Lease.Ticks, (settings.Timeout * rounds).Ticks + TimeSpan.FromSeconds(30).Ticks));
        var claimed = await store.ClaimAsync(owner, clock.GetUtcNow().UtcDateTime, lease, settings.BatchSize, cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var secretsByHook = new Dictionary<int, string?>();
        foreach (var hookId in claimed.Select(c => c.HookId).Distinct())
        {
            var protectedSecret = claimed.First(c => c.HookId == hookId).ProtectedSecret;
            try
            {
                secretsByHook[hookId] = secrets.Unprotect(tenant.Name, protectedSecret);
            }
            catch (CryptographicException)
            {
                secretsByHook[hookId] = null;
            }
        }

        // One context per scope: posts run in parallel, their settlements one at a time.
        using var settle = new SemaphoreSlim(1, 1);
        var lastAnswer = new Dictionary<int, (int Status, bool Reached)>();
        await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (delivery, ct) =>
        {
            var secret = secretsByHook[delivery.HookId];
            var attempt = secret is null
                ? new WebhookAttempt(0, "The hook's secret cannot be decrypted (Data Protection key ring changed); create the hook again.")
                : await sender.SendAsync(delivery.Url, secret, delivery.EventId, Body(delivery, tenant.Name), clock.GetUtcNow(), ct);
            await settle.WaitAsync(ct);
            try
            {
                await SettleAsync(store, tenant.Name, owner, delivery, attempt, ct);
                lastAnswer[delivery.HookId] = (attempt.Status, (lastAnswer.TryGetValue(delivery.HookId, out var seen) && seen.Reached) || attempt.Succeeded);
            }
            finally
            {
                settle.Release();
            }
        });

        // The hook's last answer, once per pass rather than once per delivery.
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (hookId, (status, reached)) in lastAnswer)
        {
            await store.RecordHookAttemptAsync(hookId, status, now, null, cancellationToken);
            if (reached)
            {
                await store.ExpediteUnreachableAsync(hookId, now, cancellationToken);
            }
        }

        return claimed.Count;
    }

    /// <summary>Deletes settled deliveries older than the retention.</summary>
    public async Task PurgeAsync(TenantDescriptor tenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        await using var scope = services.CreateTenantScope(tenant);
        var count = await scope.ServiceProvider.GetRequiredService<WebhookStore>()
            .PurgeAsync(clock.GetUtcNow().UtcDateTime - options.Value.Retention, cancellationToken);
        if (count > 0)
        {
            logger.Purged(tenant.Name, count);
        }
    }

    /// <summary>The JSON body: the same bytes for every attempt and replay of the event.</summary>
    public static string Body(ClaimedWebhookDelivery delivery, string tenant)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return new JsonObject
        {
            ["id"] = delivery.EventId,
            ["event"] = delivery.Event,
            ["occurredUtc"] = DateTime.SpecifyKind(delivery.OccurredUtc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
            ["tenant"] = tenant,
            ["data"] = JsonNode.Parse(delivery.DataJson),
        }.ToJsonString(WebhookOutbox.Json);
    }

    private async Task SettleAsync(WebhookStore store, string tenant, string owner, ClaimedWebhookDelivery delivery, WebhookAttempt attempt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var number = delivery.Attempts + 1;
        if (attempt.Succeeded)
        {
            await store.MarkDeliveredAsync(delivery.Id, owner, attempt.Status, now, cancellationToken);
            logger.Delivered(tenant, delivery.Id, delivery.Event, attempt.Status);
            return;
        }

        var error = attempt.Error ?? $"HTTP {attempt.Status}";
        if (attempt.Gone)
        {
            await store.MarkFailedAttemptAsync(delivery.Id, owner, attempt.Status, error, now, null, cancellationToken);
            await store.RecordHookAttemptAsync(delivery.HookId, attempt.Status, now, "The receiver answered 410 Gone.", cancellationToken);
            logger.HookGone(tenant, delivery.HookId);
            return;
        }

        var settings = options.Value;
        var next = now + WebhookBackoff.Delay(number, settings.RetryBaseDelay, settings.MaxRetryDelay, Random.Shared.NextDouble());
        DateTime? nextAttempt = next <= delivery.CreatedUtc + settings.RetryWindow ? next : null;
        await store.MarkFailedAttemptAsync(delivery.Id, owner, attempt.Status, error.Length > 500 ? error[..500] : error, now, nextAttempt, cancellationToken);
        if (nextAttempt is { } at)
        {
            logger.Retrying(tenant, delivery.Id, number, attempt.Status, at, error);
        }
        else
        {
            logger.GaveUp(tenant, delivery.Id, number, attempt.Status, error);
        }
    }
}
