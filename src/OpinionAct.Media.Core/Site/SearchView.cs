namespace OpinionAct.Media.Site;

/// <summary>The <c>model</c> of the search template.</summary>
public sealed record SearchView
{
    /// <summary>The query as understood (normalised); empty when the reader has not searched yet.</summary>
    public string Query { get; init; } = string.Empty;

    public bool HasQuery => Query.Length > 0;

    public int Total { get; init; }

    public required string Url { get; init; }

    /// <summary>"relevance" or "date".</summary>
    public string Sort { get; init; } = "relevance";

    /// <summary>URLs of this search sorted each way (filters kept).</summary>
    public string? RelevanceUrl { get; init; }

    public string? DateUrl { get; init; }

    public IReadOnlyList<SearchHitView> Hits { get; init; } = [];

    /// <summary>Topic facets over every match; a selected facet links back to the unfiltered search.</summary>
    public IReadOnlyList<FacetView> Topics { get; init; } = [];

    public PaginationView? Pagination { get; init; }
}
