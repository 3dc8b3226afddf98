using OpinionAct.Media.Content;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.Content;

/// <summary>Publishes every content change to the tenant table, so the other nodes evict their cached pages within a refresh interval.</summary>
internal sealed class ContentVersionPublisher(ITenantStore store) : IContentChangeListener
{
    public Task OnContentChangedAsync(string tenant, CancellationToken cancellationToken) =>
        store.BumpContentVersionAsync(tenant, cancellationToken);
}
