using Microsoft.AspNetCore.OutputCaching;
using OpinionAct.Media.Content;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.Site;

/// <summary>Evicts a hub's cached pages when its public content changes.</summary>
internal sealed class OutputCacheInvalidator(IOutputCacheStore store) : IContentChangeListener, ITenantContentObserver
{
    /// <summary>A change made on this node: evict at once.</summary>
    public async Task OnContentChangedAsync(string tenant, CancellationToken cancellationToken) =>
        await store.EvictByTagAsync(SiteOutputCache.Tag(tenant), cancellationToken);

    /// <summary>A change seen in the tenant table, made here or by another node or the CLI.</summary>
    public Task OnTenantContentChangedAsync(string tenant, CancellationToken cancellationToken) =>
        OnContentChangedAsync(tenant, cancellationToken);
}
