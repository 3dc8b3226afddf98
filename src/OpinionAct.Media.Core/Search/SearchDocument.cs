namespace OpinionAct.Media.Search;

/// <summary>What the search index knows about one article: enough to match, filter, facet and show a hit.</summary>
public sealed record SearchDocument
{
    public required int Id { get; init; }

    /// <summary>Site-relative path of the article (no leading slash).</summary>
    public required string Path { get; init; }

    public required string Title { get; init; }

    public string? Dek { get; init; }

    /// <summary>Plain text of the body (Markdown already rendered to text).</summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>"fr" or "en": picks the analysis (stemming, stop words) of the text fields.</summary>
    public required string Language { get; init; }

    /// <summary>Publication time (or creation time for drafts), UTC.</summary>
    public DateTime PublishedUtc { get; init; }

    /// <summary>Only published articles reach public search; drafts are indexed for the admin.</summary>
    public bool IsPublished { get; init; }

    public IReadOnlyList<SearchTerm> Topics { get; init; } = [];

    public IReadOnlyList<SearchTerm> Experts { get; init; } = [];
}
