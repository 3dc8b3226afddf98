using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.Tenancy;

/// <summary>The tenant the current scope (a request, a CLI command, a job) works for.</summary>
public sealed class TenantContext
{
    private TenantDescriptor? _tenant;

    public TenantDescriptor Tenant => _tenant ?? throw new InvalidOperationException("No tenant has been set for this scope.");

    public bool HasTenant => _tenant is not null;

    public void Set(TenantDescriptor tenant)
    {
        if (_tenant is not null && _tenant.Name != tenant.Name)
        {
            throw new InvalidOperationException($"This scope already works for tenant '{_tenant.Name}'.");
        }

        _tenant = tenant;
    }
}
