namespace OpinionAct.Media.Web.Content.Api;

/// <summary>One source of a fact-check's rating in an Admin API body: a title and an absolute http(s) link.</summary>
public sealed record EvidenceInput(string? Title, string? Url);
