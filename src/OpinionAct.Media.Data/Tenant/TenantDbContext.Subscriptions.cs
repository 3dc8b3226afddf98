using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Newsletters;

namespace OpinionAct.Media.Data.Tenant;

public abstract partial class TenantDbContext
{
    public DbSet<SubscriberConsentRecord> SubscriberConsents => Set<SubscriberConsentRecord>();

    public DbSet<DeliveryReportRecord> DeliveryReports => Set<DeliveryReportRecord>();

    public DbSet<NewsletterSettingsRecord> NewsletterSettings => Set<NewsletterSettingsRecord>();
}
