namespace OpinionAct.Media.Site;

/// <summary>An article in a list (home, topic, expert, related).</summary>
public sealed record ArticleCardView
{
    public required string Title { get; init; }

    public string? Dek { get; init; }

    public required string Url { get; init; }

    public string? CoverImageUrl { get; init; }

    public string? CoverAlt { get; init; }

    /// <summary>
    /// The cover with its responsive variants; null without a cover. <see cref="CoverImageUrl"/> is its fallback URL, and
    /// a view built with that URL alone (older code) gets a plain cover from it, so themes need only this property.
    /// </summary>
    public ImageView? Cover
    {
        get => field ?? (CoverImageUrl is { Length: > 0 } url ? new ImageView { Src = url, Alt = CoverAlt ?? string.Empty } : null);
        init;
    }

    /// <summary>ISO 8601 publication time, for datetime attributes.</summary>
    public required string PublishedIso { get; init; }

    /// <summary>Publication date written out in the site's language ("26 novembre 2026").</summary>
    public required string PublishedDisplay { get; init; }

    public int ReadingMinutes { get; init; }

    public IReadOnlyList<LinkView> Topics { get; init; } = [];

    public IReadOnlyList<LinkView> Experts { get; init; } = [];
}
