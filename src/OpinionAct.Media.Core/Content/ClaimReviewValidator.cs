namespace OpinionAct.Media.Content;

/// <summary>Field rules for an article's fact-checks; part of <see cref="ArticleValidator"/>.</summary>
public static class ClaimReviewValidator
{
    /// <summary>More would no longer be an article with fact-checks but a database of them.</summary>
    public const int MaxReviews = 20;

    public const int MaxEvidence = 20;

    public static void Validate(IReadOnlyList<ClaimReviewEntry> reviews, FieldErrors errors)
    {
        if (reviews.Count > MaxReviews)
        {
            errors.Add(nameof(ArticleDraft.ClaimReviews), $"has {reviews.Count} fact-checks; at most {MaxReviews} per article.");
        }

        for (var i = 0; i < reviews.Count; i++)
        {
            var review = reviews[i];
            var field = $"{nameof(ArticleDraft.ClaimReviews)}[{i}]";
            errors.Text(review.Claim, $"{field}.Claim", 1000, required: true);
            errors.Text(review.ClaimantName, $"{field}.ClaimantName", 300, required: false);
            errors.Url(review.ClaimantUrl, $"{field}.ClaimantUrl", absoluteOnly: true);
            errors.Url(review.AppearanceUrl, $"{field}.AppearanceUrl", absoluteOnly: true);
            if (!ClaimRating.IsValid(review.Rating))
            {
                errors.Add($"{field}.Rating", $"must be a whole number from {ClaimRating.Worst} (false) to {ClaimRating.Best} (true); {review.Rating} is not on the scale.");
            }

            if (review.AppearanceDate is { Year: < 1900 or > 2200 })
            {
                errors.Add($"{field}.AppearanceDate", "is not a plausible date.");
            }

            if (review.Evidence.Count > MaxEvidence)
            {
                errors.Add($"{field}.Evidence", $"lists {review.Evidence.Count} sources; at most {MaxEvidence}.");
            }

            // Evidence is one text area in the form: its errors name the line, on the field itself.
            for (var j = 0; j < review.Evidence.Count; j++)
            {
                var evidence = review.Evidence[j];
                var line = j + 1;
                if (string.IsNullOrWhiteSpace(evidence.Title) || string.IsNullOrWhiteSpace(evidence.Url))
                {
                    errors.Add($"{field}.Evidence", $"Evidence line {line} needs a title and a link, as \"Title | https://...\".");
                }
                else if (!ArticleValidator.IsSafeUrl(evidence.Url.Trim(), absoluteOnly: true))
                {
                    errors.Add($"{field}.Evidence", $"Evidence line {line}: '{evidence.Url}' must be an absolute http or https URL.");
                }
                else if (evidence.Title.Length > 500 || evidence.Url.Length > 2000 || evidence.Title.Any(char.IsControl))
                {
                    errors.Add($"{field}.Evidence", $"Evidence line {line} is too long or contains control characters.");
                }
            }
        }
    }
}
