namespace OpinionAct.Media.Web.Content.Api;

/// <summary>A page of the article list, most recently updated first; drafts included.</summary>
public sealed record ArticleList(IReadOnlyList<ArticleSummary> Items, int Total, int Page, int Limit);
