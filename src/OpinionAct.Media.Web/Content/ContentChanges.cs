using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Web.Content;

internal static class ContentChanges
{
    /// <summary>
    /// Tells every listener (output cache, search index, content version) that the tenant's public
    /// content changed. Listeners only hear of committed changes: inside an enclosing transaction
    /// (a recipe) nothing is sent, and the transaction's owner notifies once after it commits.
    /// </summary>
    public static async Task NotifyAsync(IEnumerable<IContentChangeListener> listeners, string tenant, ContentUnit unit, CancellationToken cancellationToken)
    {
        if (unit.InTransaction)
        {
            return;
        }

        foreach (var listener in listeners)
        {
            await listener.OnContentChangedAsync(tenant, cancellationToken);
        }
    }
}
