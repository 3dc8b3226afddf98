namespace OpinionAct.Media.Site;

/// <summary>Where a paged list is, with links to its neighbours (null at either end).</summary>
public sealed record PaginationView(int Page, int TotalPages, string? PreviousUrl, string? NextUrl);
