namespace OpinionAct.Media.Site;

/// <summary>An article in a list (home, topic, expert, related).</summary>
public sealed record ArticleCardView
{
    public required string Title { get; init; }

    public string? Dek { get; init; }

    public required string Url { get; init; }

    public string? CoverImageUrl { get; init; }

    public string? CoverAlt { get; init; }

    /// <summary>ISO 8601 publication time, for datetime attributes.</summary>
    public required string PublishedIso { get; init; }

    /// <summary>Publication date written out in the site's language ("26 novembre 2026").</summary>
    public required string PublishedDisplay { get; init; }

    public int ReadingMinutes { get; init; }

    public IReadOnlyList<LinkView> Topics { get; init; } = [];

    public IReadOnlyList<LinkView> Experts { get; init; } = [];
}
