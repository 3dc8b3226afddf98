using OpinionAct.Media.Recipes;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.Tenancy;

/// <summary>The outcome of creating a tenant: the running tenant, or no tenant and a report saying why.</summary>
public sealed record TenantSetupResult(TenantDescriptor? Tenant, RecipeReport Report)
{
    public bool Succeeded => Tenant is not null && Report.Succeeded;
}
