namespace OpinionAct.Media.Site;

/// <summary>A fact-check as the article and topic templates print it; the rating's label is in the site's language.</summary>
public sealed record ClaimReviewView
{
    /// <summary>The fragment id on the article page ("fact-check-1"), so a topic page can link to it.</summary>
    public required string Anchor { get; init; }

    public required string Claim { get; init; }

    public string? ClaimantName { get; init; }

    public string? ClaimantUrl { get; init; }

    public string? AppearanceUrl { get; init; }

    public string? AppearanceDateIso { get; init; }

    public string? AppearanceDateDisplay { get; init; }

    public required int Rating { get; init; }

    public required int BestRating { get; init; }

    public required int WorstRating { get; init; }

    public required string RatingLabel { get; init; }

    public IReadOnlyList<LinkView> Evidence { get; init; } = [];

    /// <summary>Set on a topic page's list: the article that carries this fact-check.</summary>
    public LinkView? Article { get; init; }
}
