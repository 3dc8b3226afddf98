using Microsoft.EntityFrameworkCore;

namespace OpinionAct.Media.Data.Analytics;

/// <summary>Tables of the analytics capability, in the tenant's own database.</summary>
internal static class AnalyticsModel
{
    public static void ConfigureAnalytics(this ModelBuilder builder)
    {
        builder.Entity<AnalyticsEventRecord>(e =>
        {
            e.ToTable("AnalyticsEvents");
            e.Property(x => x.Path).HasMaxLength(AnalyticsEventRecord.PathMaxLength);
            e.Property(x => x.Campaign).HasMaxLength(AnalyticsEventRecord.CampaignMaxLength);
            e.Property(x => x.ReferrerHost).HasMaxLength(AnalyticsEventRecord.HostMaxLength);
            e.Property(x => x.TargetHost).HasMaxLength(AnalyticsEventRecord.HostMaxLength);
            e.Property(x => x.Query).HasMaxLength(AnalyticsEventRecord.QueryMaxLength);
            // Only the day is indexed (for the purge): it grows with the id, so inserts append. An index on the
            // random visitor key would make every insert touch a different page; the roll-up keeps its
            // per-visitor state in AnalyticsVisitorDays instead.
            e.HasIndex(x => x.Day);
        });

        builder.Entity<AnalyticsDailyRecord>(d =>
        {
            d.ToTable("AnalyticsDaily");
            d.HasKey(x => new { x.Day, x.ArticleId, x.Source, x.Campaign });
            d.Property(x => x.Campaign).HasMaxLength(100);
        });

        // Coarser rollups kept beside the detailed one, so a 90-day dashboard reads a few thousand rows.
        builder.Entity<AnalyticsArticleDailyRecord>(a =>
        {
            a.ToTable("AnalyticsArticleDaily");
            a.HasKey(x => new { x.Day, x.ArticleId });
        });

        builder.Entity<AnalyticsSourceDailyRecord>(s =>
        {
            s.ToTable("AnalyticsSourceDaily");
            s.HasKey(x => new { x.Day, x.Source });
        });

        builder.Entity<AnalyticsSearchDailyRecord>(s =>
        {
            s.ToTable("AnalyticsSearchDaily");
            s.HasKey(x => new { x.Day, x.TopArticleId });
        });

        builder.Entity<AnalyticsSearchGapRecord>(g =>
        {
            g.ToTable("AnalyticsSearchGaps");
            g.HasKey(x => new { x.Day, x.Query });
            g.Property(x => x.Query).HasMaxLength(200);
        });

        builder.Entity<AnalyticsSignupDailyRecord>(s =>
        {
            s.ToTable("AnalyticsSignupDaily");
            s.HasKey(x => new { x.Day, x.ArticleId, x.Source });
        });

        builder.Entity<AnalyticsVisitorsRecord>(v =>
        {
            v.ToTable("AnalyticsVisitors");
            v.HasKey(x => new { x.Day, x.Scope, x.ScopeId });
        });

        builder.Entity<AnalyticsVisitorDayRecord>(v =>
        {
            v.ToTable("AnalyticsVisitorDays");
            v.HasKey(x => new { x.Day, x.VisitorKey });
            v.Property(x => x.Scopes).HasMaxLength(4000);
            v.Property(x => x.LastCampaign).HasMaxLength(100);
        });

        builder.Entity<AnalyticsSaltRecord>(s =>
        {
            s.ToTable("AnalyticsSalts");
            s.HasKey(x => x.Day);
        });

        builder.Entity<AnalyticsStateRecord>(s =>
        {
            s.ToTable("AnalyticsState");
            s.Property(x => x.Id).ValueGeneratedNever();
            s.HasData(new AnalyticsStateRecord { Id = 1, RolledUpToId = 0, UpdatedUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) });
        });
    }
}
