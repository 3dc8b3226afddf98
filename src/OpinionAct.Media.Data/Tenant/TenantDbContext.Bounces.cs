using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Bounces;

namespace OpinionAct.Media.Data.Tenant;

public abstract partial class TenantDbContext
{
    /// <summary>The return path and bounce mailbox settings (one row).</summary>
    public DbSet<BounceSettingsRecord> BounceSettings => Set<BounceSettingsRecord>();

    /// <summary>How far the bounce mailbox was read (one row): UIDVALIDITY, highest processed UID, last pass.</summary>
    public DbSet<BounceMailboxStateRecord> BounceMailboxState => Set<BounceMailboxStateRecord>();
}
