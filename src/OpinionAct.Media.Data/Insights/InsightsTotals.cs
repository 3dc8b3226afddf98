namespace OpinionAct.Media.Data.Insights;

/// <summary>Roll-up sums of one key (a traffic source or an article) over a period.</summary>
public sealed record InsightsTotals(int Key, long Views, long EngagedSeconds, long Completions, long Signups, long Shares, long Outbound);
