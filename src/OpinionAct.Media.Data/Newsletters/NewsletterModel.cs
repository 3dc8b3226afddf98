using Microsoft.EntityFrameworkCore;

namespace OpinionAct.Media.Data.Newsletters;

internal static class NewsletterModel
{
    /// <summary>Tables, keys and indexes of the newsletter capability in a tenant database.</summary>
    public static void ConfigureNewsletters(this ModelBuilder builder)
    {
        builder.Entity<NewsletterRecord>(newsletter =>
        {
            newsletter.ToTable("Newsletters");
            newsletter.Property(n => n.Slug).HasMaxLength(100);
            newsletter.HasIndex(n => n.Slug).IsUnique();
            newsletter.Property(n => n.Name).HasMaxLength(200);
            newsletter.Property(n => n.Description).HasMaxLength(1000);
            newsletter.Property(n => n.Cadence).HasMaxLength(200);
            newsletter.Property(n => n.SenderName).HasMaxLength(200);
            newsletter.Property(n => n.SenderAddress).HasMaxLength(254);
            newsletter.Property(n => n.ReplyTo).HasMaxLength(254);
        });

        builder.Entity<SubscriberRecord>(subscriber =>
        {
            subscriber.ToTable("Subscribers");
            subscriber.Property(s => s.Email).HasMaxLength(254);
            subscriber.HasIndex(s => s.Email).IsUnique();
            subscriber.Property(s => s.SuppressionReason).HasMaxLength(200);
            subscriber.HasMany(s => s.Subscriptions).WithOne().HasForeignKey(s => s.SubscriberId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<SubscriptionRecord>(subscription =>
        {
            subscription.ToTable("Subscriptions");
            subscription.HasKey(s => new { s.SubscriberId, s.NewsletterId });
            subscription.HasOne(s => s.Newsletter).WithMany().HasForeignKey(s => s.NewsletterId).OnDelete(DeleteBehavior.Cascade);
            subscription.HasIndex(s => new { s.NewsletterId, s.State });
        });
    }
}
