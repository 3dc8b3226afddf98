using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Webhooks;

namespace OpinionAct.Media.Data.Tenant;

public abstract partial class TenantDbContext
{
    public DbSet<WebhookRecord> Webhooks => Set<WebhookRecord>();

    public DbSet<WebhookEventRecord> WebhookEvents => Set<WebhookEventRecord>();

    public DbSet<WebhookDeliveryRecord> WebhookDeliveries => Set<WebhookDeliveryRecord>();
}
