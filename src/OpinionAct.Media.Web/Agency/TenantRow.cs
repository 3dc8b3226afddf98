using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.MediaLibrary;

namespace OpinionAct.Media.Web.Agency;

/// <summary>
/// A hub as the console's list shows it: the tenant, its address as configured, where a browser opens it (null
/// when it cannot) and its media library's bytes against its quota (null when its storage cannot be read).
/// </summary>
public sealed record TenantRow(TenantDescriptor Tenant, string Address, string? Root, MediaQuotaUsage? Media = null);
