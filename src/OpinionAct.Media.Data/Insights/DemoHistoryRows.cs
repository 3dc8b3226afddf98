using OpinionAct.Media.Data.Analytics;

namespace OpinionAct.Media.Data.Insights;

/// <summary>A generated history, as the roll-up and the search fold would have written it, over the days <see cref="From"/> to <see cref="To"/>.</summary>
public sealed record DemoHistoryRows(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<AnalyticsDailyRecord> Daily,
    IReadOnlyList<AnalyticsArticleDailyRecord> ArticleDaily,
    IReadOnlyList<AnalyticsSourceDailyRecord> SourceDaily,
    IReadOnlyList<AnalyticsVisitorsRecord> Visitors,
    IReadOnlyList<AnalyticsSearchDailyRecord> SearchDaily,
    IReadOnlyList<AnalyticsSearchGapRecord> SearchGaps,
    IReadOnlyList<AnalyticsSignupDailyRecord> Signups)
{
    public int Count => Daily.Count + ArticleDaily.Count + SourceDaily.Count + Visitors.Count + SearchDaily.Count + SearchGaps.Count + Signups.Count;
}
