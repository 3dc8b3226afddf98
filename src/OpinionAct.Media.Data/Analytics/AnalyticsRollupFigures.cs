namespace OpinionAct.Media.Data.Analytics;

/// <summary>
/// What one roll-up pass adds to the rollups: figures to add to the stored ones (daily, per article,
/// per source, visitors per scope), and the visitors' state to replace.
/// </summary>
public sealed record AnalyticsRollupFigures(
    IReadOnlyList<AnalyticsDailyRecord> Daily,
    IReadOnlyList<AnalyticsArticleDailyRecord> ArticleDaily,
    IReadOnlyList<AnalyticsSourceDailyRecord> SourceDaily,
    IReadOnlyList<AnalyticsVisitorsRecord> Visitors,
    IReadOnlyList<AnalyticsVisitorDayRecord> VisitorDays)
{
    /// <summary>What arrived through ambassadors' links (day × ambassador × article).</summary>
    public IReadOnlyList<Ambassadors.AmbassadorDailyRecord> AmbassadorDaily { get; init; } = [];
}
