using Microsoft.Extensions.Options;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Web.Hosting;

namespace OpinionAct.Media.Web.Tenancy;

/// <summary>Polls the host database's tenant change counter so changes made elsewhere apply here within seconds.</summary>
internal sealed class TenantRegistryRefresher(TenantRegistry registry, IOptions<MediaOptions> options, ILogger<TenantRegistryRefresher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.TenantRefreshInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await registry.RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Keep serving the last known table; the next tick tries again.
                logger.TenantTableRefreshFailed(ex);
            }
        }
    }
}
