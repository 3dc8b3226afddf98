using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Content;

/// <summary>
/// Publishes scheduled articles when their time comes: the publishing job of <see cref="TenantWorkScheduler"/>, due for a
/// tenant at its earliest scheduled article (recorded when the article is scheduled, on any node or the CLI). A leader
/// job on a cluster (one node publishes); two would still be safe: publishing an already-published article is a no-op,
/// because only articles still in the Scheduled state are picked.
/// </summary>
internal sealed class ScheduledPublisher(IServiceProvider services, TenantRegistry registry, ILogger<ScheduledPublisher> logger) : ITenantJob
{
    /// <summary>The job's kind in the due-time index.</summary>
    public const string JobKind = "publishing";

    public string Kind => JobKind;

    /// <inheritdoc />
    public async Task<DateTimeOffset?> RunAsync(TenantDescriptor tenant, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateTenantScope(tenant);
        var articles = scope.ServiceProvider.GetRequiredService<ArticleService>();
        var published = await articles.PublishDueAsync(cancellationToken);
        if (published > 0)
        {
            logger.ScheduledPublished(tenant.Name, published);
        }

        return await articles.NextScheduledAsync(cancellationToken);
    }

    /// <summary>One pass over every running tenant, whatever is due; public so tests can run a pass without waiting.</summary>
    public async Task PublishDueAsync(CancellationToken cancellationToken)
    {
        foreach (var tenant in registry.Table.Tenants.Where(t => t.State == TenantState.Running))
        {
            try
            {
                await RunAsync(tenant, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One tenant's broken database must not stop the others from publishing.
                logger.SchedulerFailed(ex, tenant.Name);
            }
        }
    }
}
