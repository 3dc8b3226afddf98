namespace OpinionAct.Media.Web.Content.Api;

/// <summary>
/// One of an article's fact-checks: the claim, who made it and where, the editors' rating on the stated scale
/// (<see cref="WorstRating"/> false to <see cref="BestRating"/> true) with its label in the hub's language, and the
/// evidence. The same data as the page's <c>ClaimReview</c> JSON-LD.
/// </summary>
public sealed record ContentClaimReview(
    string Claim,
    string? ClaimantName,
    string? ClaimantUrl,
    string? AppearanceUrl,
    DateOnly? AppearanceDate,
    int Rating,
    int BestRating,
    int WorstRating,
    string RatingLabel,
    IReadOnlyList<ContentLink> Evidence);
