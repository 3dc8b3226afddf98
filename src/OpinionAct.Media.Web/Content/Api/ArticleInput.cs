using OpinionAct.Media.Content;

namespace OpinionAct.Media.Web.Content.Api;

/// <summary>
/// An article as the Admin API receives it: the admin form's fields, the body in Markdown. A PUT replaces
/// every field (an omitted field is empty), like saving the form, except <see cref="ClaimReviews"/>: added after
/// integrations were written, an absent list keeps the stored fact-checks so an older client cannot erase them.
/// </summary>
public sealed record ArticleInput
{
    public string? Title { get; init; }

    public string? Dek { get; init; }

    /// <summary>Markdown.</summary>
    public string? Body { get; init; }

    /// <summary>Site-relative path; empty derives it from the title.</summary>
    public string? Path { get; init; }

    /// <summary>A library reference (<c>media:12</c>) or an http(s) URL.</summary>
    public string? CoverImage { get; init; }

    public string? CoverAlt { get; init; }

    /// <summary>"fr" or "en"; empty is "fr".</summary>
    public string? Language { get; init; }

    public string? SeoTitle { get; init; }

    public string? SeoDescription { get; init; }

    public string? CanonicalUrl { get; init; }

    public bool Featured { get; init; }

    /// <summary>Topic slugs, in display order.</summary>
    public IReadOnlyList<string?>? Topics { get; init; }

    /// <summary>Expert slugs, in byline order.</summary>
    public IReadOnlyList<string?>? Experts { get; init; }

    public IReadOnlyList<SourceEntry?>? Sources { get; init; }

    public IReadOnlyList<CorrectionEntry?>? Corrections { get; init; }

    /// <summary>The article's fact-checks, in display order; absent or null keeps the stored ones, <c>[]</c> removes them.</summary>
    public IReadOnlyList<ClaimReviewInput?>? ClaimReviews { get; init; }

    /// <summary>The draft the services validate and save, exactly what the admin form produces.</summary>
    /// <param name="stored">The article being replaced (a PUT), whose fact-checks an absent list keeps.</param>
    public ArticleDraft ToDraft(ArticleDraft? stored = null) => new()
    {
        Title = Title ?? string.Empty,
        Dek = Blank(Dek),
        Body = Body ?? string.Empty,
        Path = Blank(Path?.Trim('/')),
        CoverImage = Blank(CoverImage),
        CoverAlt = Blank(CoverAlt),
        Language = string.IsNullOrWhiteSpace(Language) ? "fr" : Language,
        SeoTitle = Blank(SeoTitle),
        SeoDescription = Blank(SeoDescription),
        CanonicalUrl = Blank(CanonicalUrl),
        Featured = Featured,
        Topics = (Topics ?? []).Select(t => t ?? string.Empty).ToList(),
        Experts = (Experts ?? []).Select(e => e ?? string.Empty).ToList(),
        Sources = (Sources ?? []).Select(s => s ?? new SourceEntry(string.Empty)).ToList(),
        Corrections = (Corrections ?? []).Select(c => c ?? new CorrectionEntry(DateTimeOffset.MinValue, string.Empty)).ToList(),
        ClaimReviews = ClaimReviews is null
            ? stored?.ClaimReviews ?? []
            : ClaimReviews.Select(c => (c ?? new ClaimReviewInput()).ToEntry()).ToList(),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
