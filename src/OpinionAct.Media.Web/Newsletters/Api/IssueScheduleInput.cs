namespace OpinionAct.Media.Web.Newsletters.Api;

/// <summary>When to send a scheduled issue (a future time, ISO 8601 with an offset).</summary>
public sealed record IssueScheduleInput(DateTimeOffset? SendAt);
