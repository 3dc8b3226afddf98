using Microsoft.AspNetCore.OutputCaching;
using OpinionAct.Media.Content;

namespace OpinionAct.Media.Web.Site;

/// <summary>Evicts a hub's cached pages when its public content changes.</summary>
internal sealed class OutputCacheInvalidator(IOutputCacheStore store) : IContentChangeListener
{
    public async Task OnContentChangedAsync(string tenant, CancellationToken cancellationToken) =>
        await store.EvictByTagAsync(SiteOutputCache.Tag(tenant), cancellationToken);
}
