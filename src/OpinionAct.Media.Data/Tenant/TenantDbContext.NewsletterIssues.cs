using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Newsletters;

namespace OpinionAct.Media.Data.Tenant;

public abstract partial class TenantDbContext
{
    public DbSet<NewsletterIssueRecord> NewsletterIssues => Set<NewsletterIssueRecord>();

    public DbSet<IssueDeliveryRecord> IssueDeliveries => Set<IssueDeliveryRecord>();

    public DbSet<IssueLinkClickRecord> IssueLinkClicks => Set<IssueLinkClickRecord>();
}
