namespace OpinionAct.Media.Data.Content;

/// <summary>The admin's article list filter as the store applies it; every criterion is optional.</summary>
/// <param name="Status">An article status (the ArticleStatus value).</param>
/// <param name="Ids">Only these articles (the search's best matches), when given.</param>
public sealed record ArticleListQuery(int? Status, string? Topic, string? Expert, string? OwnerUserId, IReadOnlyCollection<int>? Ids, int Skip, int Take);
