namespace OpinionAct.Media.Data.Insights;

/// <summary>How often a query text that found nothing was searched.</summary>
public sealed record InsightsGapCount(string Query, long Searches);
