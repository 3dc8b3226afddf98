namespace OpinionAct.Media.Web.Newsletters;

/// <summary>What an editor writes for an issue: the newsletter, subject, preheader, Markdown body and picked articles (in order).</summary>
public sealed record IssueDraft(int NewsletterId, string Subject, string? Preheader, string Body, IReadOnlyList<int> ArticleIds);
