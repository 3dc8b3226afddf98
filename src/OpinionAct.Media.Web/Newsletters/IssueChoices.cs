namespace OpinionAct.Media.Web.Newsletters;

/// <summary>What an issue may point at: the tenant's newsletters (by name) and recently published articles.</summary>
public sealed record IssueChoices(IReadOnlyList<(int Id, string Name)> Newsletters, IReadOnlyList<(int Id, string Title)> Articles);
