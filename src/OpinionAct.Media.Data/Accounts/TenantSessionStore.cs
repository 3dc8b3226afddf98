using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Accounts;

/// <summary>A hub's editor sessions, in the tenant's database.</summary>
public sealed class TenantSessionStore(TenantDbContext db) : SessionStore(db);
