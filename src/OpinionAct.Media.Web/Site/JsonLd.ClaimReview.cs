using System.Text.Json.Nodes;
using OpinionAct.Media.Site;

namespace OpinionAct.Media.Web.Site;

public static partial class JsonLd
{
    /// <summary>
    /// The article's structured data followed by one schema.org <c>ClaimReview</c> per fact-check, as a JSON-LD array
    /// of top-level items (search engines read each on its own). Without fact-checks, the article's object as before.
    /// </summary>
    public static string ArticleWithClaimReviews(ArticleView article, SiteRequest site, IReadOnlyList<string>? images = null)
    {
        var json = Article(article, site, images);
        if (article.ClaimReviews.Count == 0)
        {
            return json;
        }

        var items = new JsonArray(JsonNode.Parse(json));
        foreach (var review in article.ClaimReviews)
        {
            items.Add(ClaimReview(review, article, site));
        }

        return items.ToJsonString(Options);
    }

    public static JsonObject ClaimReview(ClaimReviewView review, ArticleView article, SiteRequest site)
    {
        var url = site.Urls.Absolute(article.Url);
        return WithoutNulls(new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ClaimReview",
            ["url"] = $"{url}#{review.Anchor}",
            ["claimReviewed"] = review.Claim,
            ["datePublished"] = article.PublishedIso,
            ["inLanguage"] = article.Language,
            ["author"] = Organization(site),
            ["itemReviewed"] = new JsonObject
            {
                ["@type"] = "Claim",
                ["datePublished"] = review.AppearanceDateIso,
                // Who made a claim may be a person or a body; schema.org accepts either, and Organization is the looser reading.
                ["author"] = review.ClaimantName is null ? null : new JsonObject
                {
                    ["@type"] = "Organization",
                    ["name"] = review.ClaimantName,
                    ["sameAs"] = review.ClaimantUrl,
                },
                ["appearance"] = review.AppearanceUrl is null ? null : new JsonObject
                {
                    ["@type"] = "CreativeWork",
                    ["url"] = review.AppearanceUrl,
                    ["datePublished"] = review.AppearanceDateIso,
                },
            },
            ["reviewRating"] = new JsonObject
            {
                ["@type"] = "Rating",
                ["ratingValue"] = review.Rating,
                ["bestRating"] = review.BestRating,
                ["worstRating"] = review.WorstRating,
                ["alternateName"] = review.RatingLabel,
            },
            ["citation"] = new JsonArray(review.Evidence.Select(e => (JsonNode)new JsonObject
            {
                ["@type"] = "CreativeWork",
                ["name"] = e.Label,
                ["url"] = e.Url,
            }).ToArray()),
        });
    }

    /// <summary>Drops null members at every depth, so the graph states only what the editors recorded.</summary>
    private static JsonObject WithoutNulls(JsonObject json)
    {
        foreach (var (key, value) in json.ToList())
        {
            switch (value)
            {
                case null:
                    json.Remove(key);
                    break;
                case JsonObject inner:
                    WithoutNulls(inner);
                    break;
            }
        }

        return json;
    }
}
