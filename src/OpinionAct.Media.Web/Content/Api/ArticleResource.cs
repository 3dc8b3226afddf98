using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;

namespace OpinionAct.Media.Web.Content.Api;

/// <summary>An article as the Admin API answers it: its state and the fields of <see cref="ArticleInput"/>.</summary>
public sealed record ArticleResource(
    int Id,
    string Status,
    int Revision,
    DateTime CreatedUtc,
    DateTime UpdatedUtc,
    DateTime? PublishedUtc,
    DateTime? ScheduledUtc,
    string Title,
    string? Dek,
    string Body,
    string Path,
    string? CoverImage,
    string? CoverAlt,
    string Language,
    string? SeoTitle,
    string? SeoDescription,
    string? CanonicalUrl,
    bool Featured,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Experts,
    IReadOnlyList<SourceEntry> Sources,
    IReadOnlyList<CorrectionEntry> Corrections,
    IReadOnlyList<ClaimReviewEntry> ClaimReviews)
{
    public static ArticleResource From(ArticleRecord article)
    {
        var draft = ArticleService.ToDraft(article);
        return new(
            article.Id, ((ArticleStatus)article.Status).ToString(), article.RevisionNumber, article.CreatedUtc, article.UpdatedUtc, article.PublishedUtc, article.ScheduledUtc,
            draft.Title, draft.Dek, draft.Body, article.Path, draft.CoverImage, draft.CoverAlt, draft.Language, draft.SeoTitle, draft.SeoDescription, draft.CanonicalUrl,
            draft.Featured, draft.Topics, draft.Experts, draft.Sources, draft.Corrections, draft.ClaimReviews);
    }
}
