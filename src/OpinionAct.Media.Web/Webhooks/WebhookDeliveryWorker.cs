using Microsoft.Extensions.Options;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.ScaleOut;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Webhooks;

/// <summary>
/// Web host only: every <see cref="WebhookOptions.PollInterval"/> (or at once when <see cref="WebhookSignal"/> wakes it),
/// runs a delivery pass for every running hub that has an active hook, until no full batch is left. Whether a hub has
/// hooks is read once when the worker starts, and again only when the hub is signalled (a hook created, enabled or a
/// delivery replayed: on this node directly, from another node or the CLI through <see cref="WebhookWakeJob"/>), so a
/// thousand hubs without hooks cost nothing between passes. On a cluster member only the node holding the job lease
/// (<see cref="JobLeases"/>) runs passes, like the other leader jobs; deliveries are leased row by row as well, so a pass
/// still in flight when the lease moves cannot send a delivery twice at once.
/// </summary>
public sealed class WebhookDeliveryWorker(
    WebhookDispatcher dispatcher,
    WebhookSignal signal,
    TenantRegistry registry,
    TimeProvider clock,
    IOptions<WebhookOptions> options,
    ILogger<WebhookDeliveryWorker> logger,
    JobLeases? leases = null) : BackgroundService
{
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);

    private readonly Dictionary<string, bool> _known = new(StringComparer.Ordinal);
    private DateTimeOffset _lastPurge = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                foreach (var name in signal.Drain())
                {
                    _known.Remove(name);
                }

                if (leases is { IsLeading: false })
                {
                    // A follower: what it knew of hooks may be stale by the time it leads, so it starts afresh then.
                    _known.Clear();
                    await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                    continue;
                }

                var purge = clock.GetUtcNow() - _lastPurge > PurgeInterval;
                var tenants = registry.Table.Tenants.Where(t => t.State == TenantState.Running && !t.IsHost).ToList();
                await Parallel.ForEachAsync(await WithHooksAsync(tenants, stoppingToken), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = stoppingToken },
                    async (tenant, ct) => await PassAsync(tenant, purge, ct));
                if (purge)
                {
                    _lastPurge = clock.GetUtcNow();
                }

                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: leased rows are leased again by the next pass once their lease runs out.
        }
    }

    private async Task<List<TenantDescriptor>> WithHooksAsync(List<TenantDescriptor> tenants, CancellationToken stoppingToken)
    {
        var result = new List<TenantDescriptor>();
        foreach (var tenant in tenants)
        {
            // Unknown: the worker just started, the hub is new here, or it was signalled.
            if (!_known.TryGetValue(tenant.Name, out var known))
            {
                try
                {
                    known = await dispatcher.HasActiveHooksAsync(tenant, stoppingToken);
                    _known[tenant.Name] = known;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.PassFailed(ex, tenant.Name);
                    continue;
                }
            }

            if (known)
            {
                result.Add(tenant);
            }
        }

        return result;
    }

    private async Task PassAsync(TenantDescriptor tenant, bool purge, CancellationToken stoppingToken)
    {
        try
        {
            while (await dispatcher.DeliverDueAsync(tenant, stoppingToken) >= options.Value.BatchSize)
            {
            }

            if (purge)
            {
                await dispatcher.PurgeAsync(tenant, stoppingToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One hub's broken database must not stop the others' deliveries.
            logger.PassFailed(ex, tenant.Name);
        }
    }
}
