namespace OpinionAct.Media.Tenants;

/// <summary>The tenant a request belongs to, and the URL prefix that selected it (if any).</summary>
public readonly record struct TenantMatch(TenantDescriptor Tenant, string? Prefix);
