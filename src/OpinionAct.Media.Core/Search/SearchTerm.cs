namespace OpinionAct.Media.Search;

/// <summary>A topic or expert as the index stores it: the slug to filter on, the name to match and show.</summary>
public sealed record SearchTerm(string Slug, string Name);
