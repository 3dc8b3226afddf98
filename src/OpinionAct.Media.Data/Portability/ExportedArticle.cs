namespace OpinionAct.Media.Data.Portability;

/// <summary>What an export keeps of an article: its current state, with topic and expert slugs in order.</summary>
public sealed record ExportedArticle(
    int Id,
    string? ContentItemId,
    string Path,
    int Status,
    string Title,
    string? Dek,
    string BodyMarkdown,
    string BodyHtml,
    string Language,
    string? CoverImage,
    string? CoverAlt,
    string? SeoTitle,
    string? SeoDescription,
    string? CanonicalUrl,
    bool Featured,
    string SourcesJson,
    string CorrectionsJson,
    DateTime? PublishedUtc,
    DateTime? ScheduledUtc,
    DateTime CreatedUtc,
    DateTime UpdatedUtc,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Experts,
    string ClaimReviewsJson);
