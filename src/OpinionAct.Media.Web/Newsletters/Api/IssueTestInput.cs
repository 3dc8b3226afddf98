namespace OpinionAct.Media.Web.Newsletters.Api;

/// <summary>Where to send a test of an issue.</summary>
public sealed record IssueTestInput(string? Address);
