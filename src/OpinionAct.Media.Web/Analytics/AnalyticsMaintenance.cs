using Microsoft.Extensions.Options;
using OpinionAct.Media.Analytics;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>
/// Every few seconds folds new events into the rollups (tenants that received events on this node: no tenant is
/// looked at otherwise; on a cluster, the job-lease leader folds them for every node, <see cref="RollupHandoff"/>). The purge of raw events past retention and of expired salts (and the search log's daily fold)
/// is this class's job in <see cref="TenantWorkScheduler"/>: due an hour after a tenant's events were rolled up, hourly
/// while it purges something, and once a day otherwise (at a time spread by the tenant's name, so a thousand tenants do
/// not purge at once).
/// </summary>
public sealed class AnalyticsMaintenance(
    AnalyticsEventWriter writer,
    AnalyticsRollup rollup,
    VisitorKeys visitorKeys,
    TenantRegistry registry,
    TenantActivator activator,
    TenantDueIndex work,
    TimeProvider clock,
    IOptions<AnalyticsOptions> options,
    ILogger<AnalyticsMaintenance> logger,
    RollupHandoff? handoff = null) : BackgroundService, ITenantJob
{
    /// <summary>The purge's kind in the due-time index.</summary>
    public const string JobKind = "analytics-purge";

    /// <summary>How soon after events the purge runs, and how often while it finds something to delete.</summary>
    public static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);

    /// <summary>How often an idle tenant is purged (retention, salts, the search log's fold).</summary>
    public static readonly TimeSpan IdlePurgeInterval = TimeSpan.FromDays(1);

    public string Kind => JobKind;

    /// <summary>One pass; public so tests can run it without waiting (<paramref name="purge"/>: every running tenant's purge at once).</summary>
    public async Task RunOnceAsync(bool purge, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var dirty = writer.TakeDirtyTenants();
        foreach (var tenant in handoff is null ? dirty : await handoff.TenantsToRollUpAsync(dirty))
        {
            await GuardAsync(tenant, () => rollup.CatchUpAsync(tenant, cancellationToken));
            work.Schedule(tenant, JobKind, now + PurgeInterval);
        }

        visitorKeys.ForgetBefore(visitorKeys.Today.AddDays(-1));
        if (!purge)
        {
            return;
        }

        foreach (var tenant in registry.Table.Tenants.Where(t => t.State == TenantState.Running && !t.IsHost))
        {
            await GuardAsync(tenant.Name, () => PurgeAsync(tenant, cancellationToken));
        }
    }

    /// <inheritdoc />
    public async Task<DateTimeOffset?> RunAsync(TenantDescriptor tenant, CancellationToken cancellationToken) =>
        await PurgeAsync(tenant, cancellationToken) ? clock.GetUtcNow() + PurgeInterval : clock.GetUtcNow() + IdlePurgeInterval;

    /// <summary>A tenant this node has not seen yet is purged once within a day, at a time spread by its name.</summary>
    public DateTimeOffset? FirstDue(TenantDescriptor tenant, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var spread = (uint)StringComparer.Ordinal.GetHashCode(tenant.Name) % (uint)IdlePurgeInterval.TotalSeconds;
        return now + TimeSpan.FromSeconds(spread);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.MaintenanceInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RunOnceAsync(purge: false, stoppingToken);
        }
    }

    // True when something was deleted (events or salts), so the next purge comes sooner.
    private async Task<bool> PurgeAsync(TenantDescriptor tenant, CancellationToken cancellationToken)
    {
        await activator.EnsureActivatedAsync(tenant.Name);
        var (events, salts, cutoff) = await rollup.PurgeAsync(tenant.Name, cancellationToken);
        if (events > 0 || salts > 0)
        {
            logger.AnalyticsPurged(tenant.Name, events, cutoff, salts);
            return true;
        }

        return false;
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
