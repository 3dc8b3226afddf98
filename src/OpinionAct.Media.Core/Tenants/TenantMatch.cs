namespace OpinionAct.Media.Tenants;

/// <summary>
/// The tenant a request belongs to, and the URL prefix that selected it (if any). <paramref name="MovedFrom"/> is set
/// when the request named an address the tenant moved away from (<c>/prefix</c> or a host): it gets a 301 to the
/// tenant's current address instead of a page.
/// </summary>
public readonly record struct TenantMatch(TenantDescriptor Tenant, string? Prefix, string? MovedFrom = null);
