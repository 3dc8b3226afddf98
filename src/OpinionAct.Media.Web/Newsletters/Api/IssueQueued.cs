namespace OpinionAct.Media.Web.Newsletters.Api;

/// <summary>An issue handed to the send worker: how many confirmed, unsuppressed subscribers it goes to.</summary>
public sealed record IssueQueued(int Id, int Recipients);
