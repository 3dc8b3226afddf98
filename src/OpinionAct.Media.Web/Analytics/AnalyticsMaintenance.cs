using Microsoft.Extensions.Options;
using OpinionAct.Media.Analytics;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>
/// Every few seconds folds new events into the rollups (tenants that received events on this
/// node); about hourly, for every running tenant, purges raw events past retention and destroys
/// expired salts.
/// </summary>
public sealed class AnalyticsMaintenance(
    AnalyticsEventWriter writer,
    AnalyticsRollup rollup,
    VisitorKeys visitorKeys,
    TenantRegistry registry,
    TenantActivator activator,
    TimeProvider clock,
    IOptions<AnalyticsOptions> options,
    ILogger<AnalyticsMaintenance> logger) : BackgroundService
{
    private DateTimeOffset _lastPurge = DateTimeOffset.MinValue;

    /// <summary>One pass; public so tests can run it without waiting.</summary>
    public async Task RunOnceAsync(bool purge, CancellationToken cancellationToken)
    {
        foreach (var tenant in writer.TakeDirtyTenants())
        {
            await GuardAsync(tenant, () => rollup.CatchUpAsync(tenant, cancellationToken));
        }

        if (!purge)
        {
            return;
        }

        foreach (var tenant in registry.Table.Tenants.Where(t => t.State == TenantState.Running && !t.IsHost))
        {
            await GuardAsync(tenant.Name, async () =>
            {
                await activator.EnsureActivatedAsync(tenant.Name);
                var (events, salts, cutoff) = await rollup.PurgeAsync(tenant.Name, cancellationToken);
                if (events > 0 || salts > 0)
                {
                    logger.AnalyticsPurged(tenant.Name, events, cutoff, salts);
                }
            });
        }

        visitorKeys.ForgetBefore(visitorKeys.Today.AddDays(-1));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.MaintenanceInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = clock.GetUtcNow();
            var purge = now - _lastPurge > TimeSpan.FromHours(1);
            if (purge)
            {
                _lastPurge = now;
            }

            await RunOnceAsync(purge, stoppingToken);
        }
    }

    private async Task GuardAsync(string tenant, Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // One tenant's failure must not stop the others' maintenance; it is logged and retried next pass.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.AnalyticsMaintenanceFailed(ex, tenant);
        }
    }
}
