namespace OpinionAct.Media.Content;

/// <summary>
/// Everything an editor can change about an article. It is what forms, the API and recipes send,
/// and what each revision stores, so comparing and restoring revisions works on one shape.
/// </summary>
public sealed record ArticleDraft
{
    public required string Title { get; init; }

    public string? Dek { get; init; }

    /// <summary>Markdown.</summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>Site-relative path; empty means "derive from the title".</summary>
    public string? Path { get; init; }

    public string? CoverImage { get; init; }

    public string? CoverAlt { get; init; }

    /// <summary>"fr" or "en".</summary>
    public string Language { get; init; } = "fr";

    public string? SeoTitle { get; init; }

    public string? SeoDescription { get; init; }

    public string? CanonicalUrl { get; init; }

    public bool Featured { get; init; }

    /// <summary>Topic slugs, in display order.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Expert slugs, in byline order.</summary>
    public IReadOnlyList<string> Experts { get; init; } = [];

    public IReadOnlyList<SourceEntry> Sources { get; init; } = [];

    public IReadOnlyList<CorrectionEntry> Corrections { get; init; } = [];

    /// <summary>Fact-checks of claims made elsewhere, in display order.</summary>
    public IReadOnlyList<ClaimReviewEntry> ClaimReviews { get; init; } = [];
}
