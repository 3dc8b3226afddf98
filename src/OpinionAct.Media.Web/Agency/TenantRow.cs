using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.Agency;

/// <summary>A hub as the console's list shows it: the tenant, its address as configured, and where a browser opens it (null when it cannot).</summary>
public sealed record TenantRow(TenantDescriptor Tenant, string Address, string? Root);
