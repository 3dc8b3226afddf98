namespace OpinionAct.Media.Data.Analytics;

/// <summary>The daily figures of one kind of source, all pages together (headline numbers, the chart and the source table).</summary>
public sealed class AnalyticsSourceDailyRecord
{
    public DateOnly Day { get; set; }

    public int Source { get; set; }

    public long Views { get; set; }

    public long EngagedSeconds { get; set; }

    public long Completions { get; set; }

    public long Signups { get; set; }

    public long Shares { get; set; }
}
