namespace OpinionAct.Media.Web.Newsletters.Api;

/// <summary>A newsletter issue as the Admin API receives it: the admin form's fields, the body in Markdown, a digest of published articles by id.</summary>
public sealed record IssueInput(int? NewsletterId, string? Subject, string? Preheader, string? Body, IReadOnlyList<int>? ArticleIds)
{
    public IssueDraft ToDraft() => new(NewsletterId ?? 0, Subject ?? string.Empty, Preheader, Body ?? string.Empty, ArticleIds ?? []);
}
