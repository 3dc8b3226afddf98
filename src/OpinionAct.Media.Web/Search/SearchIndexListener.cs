using OpinionAct.Media.Content;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Search;

/// <summary>
/// Catches the local index up as soon as content changes on this node, so publishing shows in search at once;
/// moves the tenant's search version first, so the catch-up (and any search meanwhile) reads the log.
/// </summary>
internal sealed class SearchIndexListener(IServiceProvider services, TenantRegistry registry, SearchIndexVersions versions) : IContentChangeListener
{
    public async Task OnContentChangedAsync(string tenant, CancellationToken cancellationToken)
    {
        versions.Bump(tenant);
        // The node's in-memory tenant table: no host-database round trip per change.
        var descriptor = registry.Table.Find(tenant);
        if (descriptor is null)
        {
            return;
        }

        await using var scope = services.CreateTenantScope(descriptor);
        await scope.ServiceProvider.GetRequiredService<SearchIndexer>().CatchUpAsync(cancellationToken);
    }
}
