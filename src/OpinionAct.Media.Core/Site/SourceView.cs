namespace OpinionAct.Media.Site;

/// <summary>A cited source and the claim of the article it supports.</summary>
public sealed record SourceView(string Title, string? Url, string? Publisher, string? Claim);
