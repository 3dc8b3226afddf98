using OpinionAct.Media.Content;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Search;

/// <summary>Catches the local index up as soon as content changes on this node, so publishing shows in search at once.</summary>
internal sealed class SearchIndexListener(IServiceProvider services, ITenantStore store) : IContentChangeListener
{
    public async Task OnContentChangedAsync(string tenant, CancellationToken cancellationToken)
    {
        var descriptor = await store.FindAsync(tenant, cancellationToken);
        if (descriptor is null)
        {
            return;
        }

        await using var scope = services.CreateTenantScope(descriptor);
        await scope.ServiceProvider.GetRequiredService<SearchIndexer>().CatchUpAsync(cancellationToken);
    }
}
