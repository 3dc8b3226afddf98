using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Newsletters;

namespace OpinionAct.Media.Data.Tenant;

public abstract partial class TenantDbContext
{
    public DbSet<NewsletterRecord> Newsletters => Set<NewsletterRecord>();

    public DbSet<SubscriberRecord> Subscribers => Set<SubscriberRecord>();

    public DbSet<SubscriptionRecord> Subscriptions => Set<SubscriptionRecord>();
}
