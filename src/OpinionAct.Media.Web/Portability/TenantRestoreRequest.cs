namespace OpinionAct.Media.Web.Portability;

/// <summary>
/// <c>tenants restore --name N --from FILE [--as NEW] [--force]</c>: <see cref="Name"/> is the tenant the backup holds;
/// <see cref="As"/> restores it beside the original under a new name; <see cref="Force"/> replaces an existing tenant.
/// </summary>
internal sealed record TenantRestoreRequest(string Name, string From, string? As = null, bool Force = false);
