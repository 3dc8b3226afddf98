using Microsoft.EntityFrameworkCore;

namespace OpinionAct.Media.Data.Newsletters;

internal static class NewsletterIssueModel
{
    /// <summary>Issues and the per-recipient send queue in a tenant database.</summary>
    public static void ConfigureNewsletterIssues(this ModelBuilder builder)
    {
        builder.Entity<NewsletterIssueRecord>(issue =>
        {
            issue.ToTable("NewsletterIssues");
            issue.Property(i => i.Subject).HasMaxLength(200);
            issue.Property(i => i.Preheader).HasMaxLength(300);
            issue.Property(i => i.MessageKey).HasMaxLength(40);
            issue.HasOne(i => i.Newsletter).WithMany().HasForeignKey(i => i.NewsletterId).OnDelete(DeleteBehavior.Cascade);
            issue.HasIndex(i => new { i.Status, i.ScheduledUtc });
        });

        builder.Entity<IssueDeliveryRecord>(delivery =>
        {
            delivery.ToTable("IssueDeliveries");
            delivery.Property(d => d.Email).HasMaxLength(254);
            delivery.Property(d => d.LeaseOwner).HasMaxLength(100);
            delivery.Property(d => d.LastError).HasMaxLength(500);
            delivery.HasIndex(d => new { d.IssueId, d.SubscriberId }).IsUnique();
            delivery.HasIndex(d => new { d.IssueId, d.State, d.NextAttemptAt });
            delivery.HasOne<NewsletterIssueRecord>().WithMany().HasForeignKey(d => d.IssueId).OnDelete(DeleteBehavior.Cascade);

            // A subscriber who deletes their data takes their queue rows (and the address they hold) with them.
            delivery.HasOne<SubscriberRecord>().WithMany().HasForeignKey(d => d.SubscriberId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<IssueLinkClickRecord>(click =>
        {
            click.ToTable("IssueLinkClicks");
            click.HasKey(c => new { c.IssueId, c.Url });
            click.Property(c => c.Url).HasMaxLength(IssueLinkClickRecord.MaxUrlLength);
            click.HasOne<NewsletterIssueRecord>().WithMany().HasForeignKey(c => c.IssueId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
