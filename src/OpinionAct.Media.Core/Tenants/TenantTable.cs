namespace OpinionAct.Media.Tenants;

/// <summary>The tenant table as read at one version of the host database.</summary>
public sealed record TenantTable(long Version, IReadOnlyList<TenantDescriptor> Tenants);
