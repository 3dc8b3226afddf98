using System.Globalization;
using System.Text.Json.Nodes;
using OpinionAct.Media.Content;
using OpinionAct.Media.Recipes;

namespace OpinionAct.Media.Web.Content.Import;

internal sealed partial class ArticleImporter
{
    /// <summary>
    /// <c>ArticlePart.ClaimReviews</c>: [{Claim, ClaimantName, ClaimantUrl, AppearanceUrl, AppearanceDate (yyyy-MM-dd),
    /// Rating (1–5), Evidence: [{Title, Url}]}], as an export writes them. Shapes are checked here; values (the scale, the
    /// links) by the article's validator, whose errors come back at these paths.
    /// </summary>
    private static List<ClaimReviewEntry> ReadClaimReviews(ContentItemImportContext context, JsonObject? part, string partPath)
    {
        var reviews = new List<ClaimReviewEntry>();
        if (part?["ClaimReviews"] is not JsonArray array)
        {
            return reviews;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var path = $"{partPath}.ClaimReviews[{i}]";
            if (array[i] is not JsonObject review)
            {
                context.Step.Error(path, "expected a fact-check object {Claim, Rating, Evidence, ...}");
                continue;
            }

            DateOnly? day = null;
            if (context.Step.OptionalString(review, "AppearanceDate", path) is { } text)
            {
                day = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                    ? parsed
                    : Report(context, $"{path}.AppearanceDate", "expected a day as yyyy-MM-dd");
            }

            var rating = 0;
            if (review["Rating"] is not JsonValue value || !value.TryGetValue(out rating))
            {
                context.Step.Error($"{path}.Rating", "expected a whole number from 1 (false) to 5 (true)");
            }

            reviews.Add(new ClaimReviewEntry
            {
                Claim = context.Step.OptionalString(review, "Claim", path) ?? string.Empty,
                ClaimantName = context.Step.OptionalString(review, "ClaimantName", path),
                ClaimantUrl = context.Step.OptionalString(review, "ClaimantUrl", path),
                AppearanceUrl = context.Step.OptionalString(review, "AppearanceUrl", path),
                AppearanceDate = day,
                Rating = rating,
                Evidence = ReadEvidence(context, review, path),
            });
        }

        return reviews;
    }

    private static List<EvidenceEntry> ReadEvidence(ContentItemImportContext context, JsonObject review, string path)
    {
        var evidence = new List<EvidenceEntry>();
        if (review["Evidence"] is not JsonArray array)
        {
            return evidence;
        }

        for (var j = 0; j < array.Count; j++)
        {
            var itemPath = $"{path}.Evidence[{j}]";
            if (array[j] is JsonObject item)
            {
                evidence.Add(new EvidenceEntry(context.Step.OptionalString(item, "Title", itemPath) ?? string.Empty, context.Step.OptionalString(item, "Url", itemPath) ?? string.Empty));
            }
            else
            {
                context.Step.Error(itemPath, "expected a source object {Title, Url}");
            }
        }

        return evidence;
    }

    private static DateOnly? Report(ContentItemImportContext context, string path, string message)
    {
        context.Step.Error(path, message);
        return null;
    }
}
