using Microsoft.Extensions.Options;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Web.Hosting;

namespace OpinionAct.Media.Web.Tenancy;

/// <summary>
/// Polls the host database's tenant change counter so changes made elsewhere apply here within seconds,
/// and now and then rolls back tenant setups that a dead process left behind.
/// </summary>
internal sealed class TenantRegistryRefresher(
    TenantRegistry registry,
    TenantProvisioner provisioner,
    IOptions<MediaOptions> options,
    TimeProvider clock,
    ILogger<TenantRegistryRefresher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.TenantRefreshInterval);
        var lastSweep = clock.GetUtcNow();
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await registry.RefreshAsync(stoppingToken);
                if (clock.GetUtcNow() - lastSweep >= TenantProvisioner.SetupHeartbeat)
                {
                    lastSweep = clock.GetUtcNow();
                    await provisioner.RollBackAbandonedSetupsAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Keep serving the last known table; the next tick tries again.
                logger.TenantTableRefreshFailed(ex);
            }
        }
    }
}
