using System.Globalization;
using OpinionAct.Media.Content;
using OpinionAct.Media.Site;

namespace OpinionAct.Media.Web.Site;

public sealed partial class SiteRequest
{
    /// <summary>An article's fact-checks as the themes print them, numbered for their anchors.</summary>
    public IReadOnlyList<ClaimReviewView> ClaimReviews(IReadOnlyList<ClaimReviewEntry> reviews, LinkView? article = null) =>
        reviews.Where(r => ClaimRating.IsValid(r.Rating)).Select((review, i) => new ClaimReviewView
        {
            Anchor = $"fact-check-{(i + 1).ToString(CultureInfo.InvariantCulture)}",
            Claim = review.Claim,
            ClaimantName = review.ClaimantName,
            ClaimantUrl = review.ClaimantUrl,
            AppearanceUrl = review.AppearanceUrl,
            AppearanceDateIso = review.AppearanceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            AppearanceDateDisplay = review.AppearanceDate is { } day ? Dates.Day(day) : null,
            Rating = review.Rating,
            BestRating = ClaimRating.Best,
            WorstRating = ClaimRating.Worst,
            RatingLabel = RatingLabel(Site.Text, review.Rating),
            Evidence = review.Evidence.Select(e => new LinkView(e.Title, e.Url)).ToList(),
            Article = article,
        }).ToList();

    public static string RatingLabel(ThemeText text, int rating) => rating switch
    {
        1 => text.ClaimRating1,
        2 => text.ClaimRating2,
        3 => text.ClaimRating3,
        4 => text.ClaimRating4,
        _ => text.ClaimRating5,
    };
}
