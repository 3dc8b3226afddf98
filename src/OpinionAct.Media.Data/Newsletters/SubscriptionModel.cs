using Microsoft.EntityFrameworkCore;

namespace OpinionAct.Media.Data.Newsletters;

internal static class SubscriptionModel
{
    /// <summary>Consent proofs, delivery reports and mail settings: the subscriptions side of newsletters.</summary>
    public static void ConfigureSubscriptions(this ModelBuilder builder)
    {
        builder.Entity<SubscriberConsentRecord>(consent =>
        {
            consent.ToTable("SubscriberConsents");
            consent.Property(c => c.Newsletters).HasMaxLength(2000);
            consent.Property(c => c.ConsentText).HasMaxLength(2000);
            consent.Property(c => c.Nonce).HasMaxLength(64);
            consent.HasOne<SubscriberRecord>().WithMany().HasForeignKey(c => c.SubscriberId).OnDelete(DeleteBehavior.Cascade);
            consent.HasIndex(c => new { c.SubscriberId, c.RequestedUtc });
            consent.HasIndex(c => c.RepermissionCampaignId);
        });

        builder.Entity<DeliveryReportRecord>(report =>
        {
            report.ToTable("DeliveryReports");
            report.Property(r => r.Email).HasMaxLength(254);
            report.Property(r => r.Detail).HasMaxLength(500);
            report.HasOne<SubscriberRecord>().WithMany().HasForeignKey(r => r.SubscriberId).OnDelete(DeleteBehavior.Cascade);
            report.HasIndex(r => r.ReceivedUtc);
            report.HasIndex(r => new { r.IssueId, r.Kind });
        });

        builder.Entity<NewsletterSettingsRecord>(settings =>
        {
            settings.ToTable("NewsletterSettings");
            settings.Property(s => s.Id).ValueGeneratedNever();
            settings.Property(s => s.SmtpHost).HasMaxLength(253);
            settings.Property(s => s.SmtpTlsMode).HasMaxLength(40);
            settings.Property(s => s.SmtpUserName).HasMaxLength(254);
            settings.Property(s => s.SmtpPasswordProtected).HasMaxLength(2000);
            settings.Property(s => s.WebhookSecretHash).HasMaxLength(64);
        });
    }
}
