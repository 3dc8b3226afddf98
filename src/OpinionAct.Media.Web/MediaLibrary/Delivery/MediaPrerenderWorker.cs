using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.MediaLibrary.Delivery;

/// <summary>
/// Renders, in the background and one image at a time (inside the decode budget like everything else), the
/// declared variants of items a recipe imported, so a new hub's first visitors get cached images.
/// </summary>
internal sealed class MediaPrerenderWorker(MediaPrerenderQueue queue, IServiceProvider services, ILogger<MediaPrerenderWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var tenantName in queue.Ready.ReadAllAsync(stoppingToken))
        {
            var ids = queue.Take(tenantName);
            if (ids.Count == 0 || await services.GetRequiredService<ITenantStore>().FindAsync(tenantName, stoppingToken) is not { } tenant)
            {
                continue;
            }

            try
            {
                await using var scope = services.CreateTenantScope(tenant);
                var store = scope.ServiceProvider.GetRequiredService<MediaStore>();
                var widths = await scope.ServiceProvider.GetRequiredService<MediaLibraryService>().DeclaredWidthsAsync(stoppingToken);
                var variants = scope.ServiceProvider.GetRequiredService<MediaVariants>();
                foreach (var item in (await store.ReadAsync(ids, stoppingToken)).Values)
                {
                    foreach (var spec in MediaRenditions.Declared(item, widths))
                    {
                        await variants.EnsureAsync(tenantName, item, spec, stoppingToken);
                    }
                }

                logger.VariantsPrerendered(tenantName, ids.Count);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A missing master or a full disk costs a first reader some time, never the node.
                logger.PrerenderFailed(ex, tenantName);
            }
        }
    }
}
