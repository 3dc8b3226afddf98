using OpinionAct.Media.Content;

namespace OpinionAct.Media.Web.Content.Admin;

/// <summary>The article list's filters, as they come from its GET form.</summary>
public sealed record ArticleListFilter(ArticleStatus? Status, string? Topic, string? Expert, string? Search, string? OwnerUserId, int Page, int Size = ArticleListFilter.PageSize)
{
    public const int PageSize = 20;
}
