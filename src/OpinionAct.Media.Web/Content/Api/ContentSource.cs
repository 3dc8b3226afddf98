namespace OpinionAct.Media.Web.Content.Api;

/// <summary>A source the article cites (the proof ledger) and the claim of the article it supports.</summary>
public sealed record ContentSource(string Title, string? Url, string? Publisher, string? Claim);
