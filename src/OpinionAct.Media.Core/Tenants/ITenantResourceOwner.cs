namespace OpinionAct.Media.Tenants;

/// <summary>
/// Holds per-tenant resources (connection pools, parsed templates, index readers) in a
/// tenant-keyed cache, and lets them go when the tenant is disabled or removed.
/// </summary>
public interface ITenantResourceOwner
{
    void Release(string tenant);
}
