namespace OpinionAct.Media.Site;

/// <summary>The <c>model</c> of the article template.</summary>
public sealed record ArticleView
{
    public required string Title { get; init; }

    public string? Dek { get; init; }

    /// <summary>Sanitised HTML rendered from the article's Markdown.</summary>
    public required string BodyHtml { get; init; }

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

    public required string Url { get; init; }

    /// <summary>The article's own language ("fr" or "en"), which may differ from the site's.</summary>
    public required string Language { get; init; }

    public required string PublishedIso { get; init; }

    public required string PublishedDisplay { get; init; }

    /// <summary>Set when the article changed after publication.</summary>
    public string? UpdatedIso { get; init; }

    public string? UpdatedDisplay { get; init; }

    public int ReadingMinutes { get; init; }

    public IReadOnlyList<LinkView> Topics { get; init; } = [];

    public IReadOnlyList<ExpertCardView> Experts { get; init; } = [];

    public IReadOnlyList<SourceView> Sources { get; init; } = [];

    public IReadOnlyList<CorrectionView> Corrections { get; init; } = [];

    public IReadOnlyList<ClaimReviewView> ClaimReviews { get; init; } = [];

    public IReadOnlyList<ArticleCardView> Related { get; init; } = [];

    /// <summary>Set when the article republishes an ally's: the attribution line, whose link is also the canonical.</summary>
    public SyndicationOriginView? Origin { get; init; }

    /// <summary>The "ask our experts" form about this article.</summary>
    public AskFormView? Ask { get; init; }
}
