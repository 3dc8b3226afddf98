namespace OpinionAct.Media.Data.Insights;

/// <summary>A topic or an expert as the insights list it.</summary>
public sealed record InsightsSubject(int Id, string Slug, string Name);
