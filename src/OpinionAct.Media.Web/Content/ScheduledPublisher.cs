using Microsoft.Extensions.Options;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Content;

/// <summary>
/// Publishes scheduled articles when their time comes, for every running tenant. Safe with several
/// nodes: publishing an already-published article is a no-op, because each node only picks
/// articles still in the Scheduled state.
/// </summary>
internal sealed class ScheduledPublisher(IServiceProvider services, TenantRegistry registry, IOptions<MediaOptions> options, ILogger<ScheduledPublisher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SchedulerInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await PublishDueAsync(stoppingToken);
        }
    }

    /// <summary>One pass over every running tenant; public so tests can run a pass without waiting.</summary>
    public async Task PublishDueAsync(CancellationToken cancellationToken)
    {
        foreach (var tenant in registry.Table.Tenants.Where(t => t.State == TenantState.Running))
        {
            try
            {
                await using var scope = services.CreateTenantScope(tenant);
                var published = await scope.ServiceProvider.GetRequiredService<ArticleService>().PublishDueAsync(cancellationToken);
                if (published > 0)
                {
                    logger.ScheduledPublished(tenant.Name, published);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One tenant's broken database must not stop the others from publishing.
                logger.SchedulerFailed(ex, tenant.Name);
            }
        }
    }
}
