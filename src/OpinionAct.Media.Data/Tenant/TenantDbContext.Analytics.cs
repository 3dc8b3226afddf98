using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Analytics;

namespace OpinionAct.Media.Data.Tenant;

/// <summary>Audience analytics: raw events (purged after the retention period), daily rollups, salts.</summary>
public abstract partial class TenantDbContext
{
    public DbSet<AnalyticsEventRecord> AnalyticsEvents => Set<AnalyticsEventRecord>();

    public DbSet<AnalyticsDailyRecord> AnalyticsDaily => Set<AnalyticsDailyRecord>();

    public DbSet<AnalyticsArticleDailyRecord> AnalyticsArticleDaily => Set<AnalyticsArticleDailyRecord>();

    public DbSet<AnalyticsSourceDailyRecord> AnalyticsSourceDaily => Set<AnalyticsSourceDailyRecord>();

    public DbSet<AnalyticsSearchDailyRecord> AnalyticsSearchDaily => Set<AnalyticsSearchDailyRecord>();

    public DbSet<AnalyticsSearchGapRecord> AnalyticsSearchGaps => Set<AnalyticsSearchGapRecord>();

    public DbSet<AnalyticsVisitorsRecord> AnalyticsVisitors => Set<AnalyticsVisitorsRecord>();

    public DbSet<AnalyticsVisitorDayRecord> AnalyticsVisitorDays => Set<AnalyticsVisitorDayRecord>();

    public DbSet<AnalyticsSaltRecord> AnalyticsSalts => Set<AnalyticsSaltRecord>();

    public DbSet<AnalyticsSignupDailyRecord> AnalyticsSignupDaily => Set<AnalyticsSignupDailyRecord>();

    public DbSet<AnalyticsStateRecord> AnalyticsState => Set<AnalyticsStateRecord>();
}
