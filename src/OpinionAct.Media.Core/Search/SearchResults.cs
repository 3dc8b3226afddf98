namespace OpinionAct.Media.Search;

/// <summary>A page of results with topic facets over all matches.</summary>
public sealed record SearchResults
{
    /// <summary>The query as it was understood (normalised), for display and logging.</summary>
    public required string Query { get; init; }

    public int Total { get; init; }

    public int Page { get; init; }

    public int PageSize { get; init; }

    public IReadOnlyList<SearchHit> Hits { get; init; } = [];

    /// <summary>Topic facets over every match (not just this page), most frequent first.</summary>
    public IReadOnlyList<FacetCount> Topics { get; init; } = [];
}
