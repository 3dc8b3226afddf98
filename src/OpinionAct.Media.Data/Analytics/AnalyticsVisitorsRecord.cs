namespace OpinionAct.Media.Data.Analytics;

/// <summary>
/// Daily unique visitor keys per scope (the site, an article, a topic, an expert, a source), and how
/// many of them had also visited the site the day before. Uniques are per day: a period's
/// "visitors" is the sum of daily uniques, and says so.
/// </summary>
public sealed class AnalyticsVisitorsRecord
{
    public DateOnly Day { get; set; }

    public VisitorScope Scope { get; set; }

    /// <summary>Article, topic or expert id, or the <c>TrafficSource</c> number; 0 for the site.</summary>
    public int ScopeId { get; set; }

    public long Visitors { get; set; }

    public long Returning { get; set; }
}
