namespace OpinionAct.Media.Web.Newsletters.Admin;

/// <summary>What the issue form shows: the values as typed (or as stored), before they are parsed into an <see cref="IssueDraft"/>.</summary>
public sealed record IssueFormInput(string Newsletter, string Subject, string Preheader, string Markdown, IReadOnlyList<string> Articles, string SendAt);
