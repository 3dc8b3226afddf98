namespace OpinionAct.Media.Webhooks;

/// <summary>The events a hub's webhooks can subscribe to; the names are part of the public contract (docs/apis.md).</summary>
public static class WebhookEvents
{
    public const string ArticlePublished = "article.published";
    public const string ArticleUpdated = "article.updated";
    public const string ArticleUnpublished = "article.unpublished";
    public const string ArticleCorrected = "article.corrected";
    public const string SubscriberConfirmed = "subscriber.confirmed";
    public const string SubscriberUnsubscribed = "subscriber.unsubscribed";
    public const string IssueSent = "issue.sent";

    /// <summary>Every event, in the order the admin lists them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [ArticlePublished, ArticleUpdated, ArticleUnpublished, ArticleCorrected, SubscriberConfirmed, SubscriberUnsubscribed, IssueSent];

    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);
}
