namespace OpinionAct.Media.Data.Search;

/// <summary>One query text's searches over a period: how many, how many found nothing, how many led to a click.</summary>
public sealed record SearchQueryStats(string Query, int Searches, int ZeroResults, int Clicks, int MaxResults);
