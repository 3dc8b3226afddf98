using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Newsletters;

namespace OpinionAct.Media.Data.CorrectionNotices;

internal static class CorrectionNoticeModel
{
    /// <summary>Correction notices and the readers each told, in a tenant database.</summary>
    public static void ConfigureCorrectionNotices(this ModelBuilder builder)
    {
        builder.Entity<CorrectionNoticeRecord>(notice =>
        {
            notice.ToTable("CorrectionNotices");
            notice.Property(n => n.CorrectionKey).HasMaxLength(32);
            notice.Property(n => n.CreatedBy).HasMaxLength(256);
            notice.HasIndex(n => new { n.ArticleId, n.CorrectionKey, n.SourceIssueId }).IsUnique();
            notice.HasIndex(n => n.NoticeIssueId).IsUnique();
            notice.HasOne<ArticleRecord>().WithMany().HasForeignKey(n => n.ArticleId).OnDelete(DeleteBehavior.Cascade);
            notice.HasOne<NewsletterIssueRecord>().WithMany().HasForeignKey(n => n.NoticeIssueId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<CorrectionNoticeRecipientRecord>(recipient =>
        {
            recipient.ToTable("CorrectionNoticeRecipients");
            recipient.Property(r => r.CorrectionKey).HasMaxLength(32);
            recipient.HasIndex(r => new { r.ArticleId, r.CorrectionKey, r.SubscriberId }).IsUnique();
            recipient.HasIndex(r => r.NoticeId);
            recipient.HasOne<CorrectionNoticeRecord>().WithMany().HasForeignKey(r => r.NoticeId).OnDelete(DeleteBehavior.Cascade);

            // A subscriber who deletes their data takes the record of what they were told with them.
            recipient.HasOne<SubscriberRecord>().WithMany().HasForeignKey(r => r.SubscriberId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
