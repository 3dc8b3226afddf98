namespace OpinionAct.Media.Web.Content.Api;

/// <summary>A published article with its proof ledger: sources with their claims, corrections, fact-checks, and the experts' credentials.</summary>
public sealed record ContentArticle(
    string Slug,
    string Url,
    string Title,
    string? Dek,
    string Language,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt,
    int ReadingMinutes,
    bool Featured,
    string? CanonicalUrl,
    ContentImage? Cover,
    IReadOnlyList<ContentTopicLink> Topics,
    IReadOnlyList<ContentExpertLink> Experts,
    string BodyHtml,
    IReadOnlyList<ContentSource> Sources,
    IReadOnlyList<ContentCorrection> Corrections,
    IReadOnlyList<ContentClaimReview> ClaimReviews);
