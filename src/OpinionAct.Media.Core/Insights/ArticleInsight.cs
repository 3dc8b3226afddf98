namespace OpinionAct.Media.Insights;

/// <summary>One article's figures for a period (visitors: sum of daily uniques).</summary>
public sealed record ArticleInsight(
    int Id,
    string Title,
    string Path,
    IReadOnlyList<string> Topics,
    long Views,
    long Visitors,
    double AvgEngagedSeconds,
    double CompletionRate,
    long Signups,
    long Shares,
    long Outbound,
    long ConfirmedSignups);
