using OpinionAct.Media.Content;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Content;

/// <summary>
/// Publishes every content change to the tenant table, so the other nodes evict their cached pages within a refresh
/// interval. This node's listeners have acted on the change already, so its own registry is told not to announce it again.
/// </summary>
internal sealed class ContentVersionPublisher(ITenantStore store, TenantRegistry registry) : IContentChangeListener
{
    public async Task OnContentChangedAsync(string tenant, CancellationToken cancellationToken)
    {
        var version = await store.BumpContentVersionAsync(tenant, cancellationToken);
        registry.NoteLocalContentVersion(tenant, version);
    }
}
