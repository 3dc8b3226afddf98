using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Newsletters;

namespace OpinionAct.Media.Data.Deliverability;

internal static class DeliverabilityModel
{
    /// <summary>DKIM keys in a tenant database (one row per domain and selector), the sending pause and re-permission campaigns.</summary>
    public static void ConfigureDeliverability(this ModelBuilder builder)
    {
        builder.Entity<DkimKeyRecord>(key =>
        {
            key.ToTable("DkimKeys");
            key.Property(k => k.Domain).HasMaxLength(253);
            key.Property(k => k.Selector).HasMaxLength(63);
            key.Property(k => k.ProtectedPrivateKey).HasMaxLength(8000);
            key.Property(k => k.PublicKey).HasMaxLength(1000);
            key.HasIndex(k => new { k.Domain, k.Selector }).IsUnique();
        });

        builder.Entity<SendingPauseRecord>(pause =>
        {
            pause.ToTable("SendingPause");
            pause.Property(p => p.Id).ValueGeneratedNever();
            pause.Property(p => p.ResumedBy).HasMaxLength(254);
        });

        builder.Entity<RepermissionCampaignRecord>(campaign =>
        {
            campaign.ToTable("RepermissionCampaigns");
            campaign.Property(c => c.CreatedBy).HasMaxLength(254);
            campaign.HasOne<NewsletterRecord>().WithMany().HasForeignKey(c => c.NewsletterId).OnDelete(DeleteBehavior.Cascade);
            campaign.HasIndex(c => new { c.ClosedUtc, c.DeadlineUtc });
        });
    }
}
