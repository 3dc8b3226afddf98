namespace OpinionAct.Media.Content;

/// <summary>A source an article cites, and the claim of the article it supports.</summary>
public sealed record SourceEntry(string Title, string? Url = null, string? Publisher = null, string? Claim = null);
