namespace OpinionAct.Media.Web.Content.Api;

/// <summary>A Content API request's validated query: paging, the fields to keep (null: all) and the article filters.</summary>
public sealed record ContentApiParameters(
    int Page,
    int Limit,
    IReadOnlyList<string>? Fields,
    string? Topic = null,
    string? Expert = null,
    string? Language = null,
    DateTime? PublishedAfter = null,
    DateTime? PublishedBefore = null);
