namespace OpinionAct.Media.Tenants;

/// <summary>
/// Told by a node's tenant registry that a tenant's public content changed somewhere (this node,
/// another node, the CLI), as seen through the tenant table's content version.
/// </summary>
public interface ITenantContentObserver
{
    Task OnTenantContentChangedAsync(string tenant, CancellationToken cancellationToken);
}
