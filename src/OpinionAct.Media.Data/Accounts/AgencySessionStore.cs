using OpinionAct.Media.Data.Host;

namespace OpinionAct.Media.Data.Accounts;

/// <summary>Agency staff sessions, in the host database.</summary>
public sealed class AgencySessionStore(HostDbContext db) : SessionStore(db);
