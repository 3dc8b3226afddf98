namespace OpinionAct.Media.Content;

/// <summary>
/// A fact-check an article carries: a claim someone made somewhere, the editors' rating of it on
/// <see cref="ClaimRating"/>'s scale, and the evidence behind the rating.
/// </summary>
public sealed record ClaimReviewEntry
{
    /// <summary>The claim as it was made, in plain text (never HTML).</summary>
    public required string Claim { get; init; }

    /// <summary>Who made the claim (a person or an organisation).</summary>
    public string? ClaimantName { get; init; }

    public string? ClaimantUrl { get; init; }

    /// <summary>Where the claim appeared (a post, a video, an article).</summary>
    public string? AppearanceUrl { get; init; }

    /// <summary>When it appeared, as a calendar day.</summary>
    public DateOnly? AppearanceDate { get; init; }

    /// <summary>From <see cref="ClaimRating.Worst"/> to <see cref="ClaimRating.Best"/>.</summary>
    public int Rating { get; init; }

    public IReadOnlyList<EvidenceEntry> Evidence { get; init; } = [];
}
