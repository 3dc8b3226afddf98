using OpinionAct.Media.Content;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Content;

internal static class ContentChanges
{
    /// <summary>Tells every listener (caches, later the search index) that the tenant's public content changed.</summary>
    public static async Task NotifyAsync(IEnumerable<IContentChangeListener> listeners, TenantContext tenant, CancellationToken cancellationToken)
    {
        foreach (var listener in listeners)
        {
            await listener.OnContentChangedAsync(tenant.Tenant.Name, cancellationToken);
        }
    }
}
