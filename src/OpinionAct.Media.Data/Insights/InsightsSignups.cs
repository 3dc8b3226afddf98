namespace OpinionAct.Media.Data.Insights;

/// <summary>Sign-ups the server accepted, and of them confirmed, for one article and traffic source over a period.</summary>
public sealed record InsightsSignups(int ArticleId, int Source, long Accepted, long Confirmed);
