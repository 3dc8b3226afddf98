namespace OpinionAct.Media.Search;

/// <summary>How many matching articles carry a topic.</summary>
public sealed record FacetCount(string Slug, string Name, int Count);
