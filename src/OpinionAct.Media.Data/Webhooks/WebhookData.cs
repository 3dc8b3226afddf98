using System.Text.Json.Nodes;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Newsletters;

namespace OpinionAct.Media.Data.Webhooks;

/// <summary>The <c>data</c> object of each event, built from the records at the moment of the change (docs/apis.md lists the fields).</summary>
public static class WebhookData
{
    public static JsonObject Article(ArticleRecord article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new JsonObject
        {
            ["id"] = article.Id,
            ["path"] = article.Path,
            ["title"] = article.Title,
            ["dek"] = article.Dek,
            ["language"] = article.Language,
            ["status"] = ((ArticleStatus)article.Status).ToString().ToLowerInvariant(),
            ["publishedUtc"] = article.PublishedUtc,
            ["updatedUtc"] = article.UpdatedUtc,
            ["revision"] = article.RevisionNumber,
            ["topics"] = new JsonArray(article.OrderedTopics().Select(t => (JsonNode?)JsonValue.Create(t.Slug)).ToArray()),
            ["experts"] = new JsonArray(article.OrderedExperts().Select(e => (JsonNode?)JsonValue.Create(e.Slug)).ToArray()),
        };
    }

    /// <summary>An article's data plus the corrections added by this change and the full list.</summary>
    public static JsonObject ArticleCorrected(ArticleRecord article, IEnumerable<CorrectionEntry> added)
    {
        var data = Article(article);
        data["added"] = Corrections(added);
        data["corrections"] = JsonNode.Parse(article.CorrectionsJson);
        return data;
    }

    public static JsonObject Subscriber(int id, string email, IEnumerable<string> newsletters) => new()
    {
        ["id"] = id,
        ["email"] = email,
        ["newsletters"] = new JsonArray(newsletters.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray()),
    };

    public static JsonObject Issue(NewsletterIssueRecord issue, string newsletter, int sent, int failed, int skipped, DateTime completedUtc)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return new JsonObject
        {
            ["id"] = issue.Id,
            ["newsletter"] = newsletter,
            ["subject"] = issue.Subject,
            ["recipients"] = issue.RecipientCount,
            ["sent"] = sent,
            ["failed"] = failed,
            ["skipped"] = skipped,
            ["queuedUtc"] = issue.QueuedUtc,
            ["completedUtc"] = completedUtc,
        };
    }

    private static JsonArray Corrections(IEnumerable<CorrectionEntry> entries) =>
        new(entries.Select(c => (JsonNode?)new JsonObject { ["date"] = c.Date, ["text"] = c.Text }).ToArray());
}
