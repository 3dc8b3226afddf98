namespace OpinionAct.Media.Search;

/// <summary>A search as readers (or editors) ask it; every field is optional and forgiving.</summary>
public sealed record SearchRequest
{
    /// <summary>Free text as typed: words, "quoted phrases"; Lucene syntax is NOT interpreted, only escaped.</summary>
    public string? Query { get; init; }

    /// <summary>Topic slug filter (the topic only; callers expand subtopics into <see cref="TopicSlugs"/>).</summary>
    public IReadOnlyList<string> TopicSlugs { get; init; } = [];

    public string? ExpertSlug { get; init; }

    public DateTime? FromUtc { get; init; }

    public DateTime? ToUtc { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>1-based; out-of-range pages give an empty page, never an error.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 10;

    /// <summary>Include drafts, scheduled and archived articles (editors' admin search only).</summary>
    public bool IncludeUnpublished { get; init; }
}
