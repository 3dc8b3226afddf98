using Microsoft.EntityFrameworkCore;

namespace OpinionAct.Media.Data.Webhooks;

internal static class WebhookModel
{
    /// <summary>Hooks, the event outbox and the deliveries in a tenant database.</summary>
    public static void ConfigureWebhooks(this ModelBuilder builder)
    {
        builder.Entity<WebhookRecord>(hook =>
        {
            hook.ToTable("Webhooks");
            hook.Property(h => h.Url).HasMaxLength(2000);
            hook.Property(h => h.Events).HasMaxLength(500);
            hook.Property(h => h.ProtectedSecret).HasMaxLength(1000);
            hook.Property(h => h.DisabledReason).HasMaxLength(200);
            hook.Ignore(h => h.EventList);
        });

        builder.Entity<WebhookEventRecord>(evt =>
        {
            evt.ToTable("WebhookEvents");
            evt.Property(e => e.Id).HasMaxLength(40).ValueGeneratedNever();
            evt.Property(e => e.Event).HasMaxLength(50);
            evt.HasIndex(e => e.OccurredUtc);
        });

        builder.Entity<WebhookDeliveryRecord>(delivery =>
        {
            delivery.ToTable("WebhookDeliveries");
            delivery.Property(d => d.EventId).HasMaxLength(40);
            delivery.Property(d => d.LeaseOwner).HasMaxLength(100);
            delivery.Property(d => d.LastError).HasMaxLength(500);
            delivery.HasOne(d => d.Hook).WithMany().HasForeignKey(d => d.HookId).OnDelete(DeleteBehavior.Cascade);
            delivery.HasOne(d => d.Event).WithMany().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Cascade);
            delivery.HasIndex(d => new { d.State, d.NextAttemptUtc });
            delivery.HasIndex(d => new { d.HookId, d.Id });
        });
    }
}
