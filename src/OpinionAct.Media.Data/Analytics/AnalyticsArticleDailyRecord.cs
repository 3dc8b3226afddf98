namespace OpinionAct.Media.Data.Analytics;

/// <summary>The daily figures of one article, all sources together (what the dashboard reads per article and topic).</summary>
public sealed class AnalyticsArticleDailyRecord
{
    public DateOnly Day { get; set; }

    public int ArticleId { get; set; }

    public long Views { get; set; }

    public long EngagedSeconds { get; set; }

    public long Completions { get; set; }

    public long Signups { get; set; }

    public long Shares { get; set; }

    public long Outbound { get; set; }
}
