namespace OpinionAct.Media.Data.Analytics;

/// <summary>Searches of one past day from the search log, per first result (0: no result), once that day is over.</summary>
public sealed class AnalyticsSearchDailyRecord
{
    public DateOnly Day { get; set; }

    public int TopArticleId { get; set; }

    public long Searches { get; set; }

    public long ZeroResults { get; set; }
}
