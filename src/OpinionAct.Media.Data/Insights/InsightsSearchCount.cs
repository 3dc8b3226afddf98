namespace OpinionAct.Media.Data.Insights;

/// <summary>Searches whose top result was <see cref="Article"/> (0: none), and how many of them found nothing.</summary>
public sealed record InsightsSearchCount(int Article, long Searches, long ZeroResults);
