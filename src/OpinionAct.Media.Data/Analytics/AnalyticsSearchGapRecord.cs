namespace OpinionAct.Media.Data.Analytics;

/// <summary>A query that found nothing, with how often, per past day (content gaps).</summary>
public sealed class AnalyticsSearchGapRecord
{
    public DateOnly Day { get; set; }

    public required string Query { get; set; }

    public long Searches { get; set; }
}
