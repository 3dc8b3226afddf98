namespace OpinionAct.Media.Insights;

/// <summary>A query readers typed that found nothing (unmet demand), with how often.</summary>
public sealed record ContentGap(string Query, long Searches);
