namespace OpinionAct.Media.Data.ContentApi;

/// <summary>Filters of the Content API's article list; null means "any". Dates are UTC and inclusive.</summary>
public sealed record ContentApiArticleQuery(
    int Page,
    int Limit,
    IReadOnlyCollection<int>? TopicIds = null,
    int? ExpertId = null,
    string? Language = null,
    DateTime? PublishedAfter = null,
    DateTime? PublishedBefore = null);
