namespace OpinionAct.Media.Data.Insights;

/// <summary>What the insights show and count of an article (any status): its title, path and sources and corrections as JSON.</summary>
public sealed record InsightsArticle(int Id, string Title, string Path, int Status, string SourcesJson, string CorrectionsJson);
