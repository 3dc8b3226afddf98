namespace OpinionAct.Media.Apis;

/// <summary>
/// The scopes an integration can be granted. Each one opens a slice of the Admin API; the public
/// Content API needs none of them.
/// </summary>
public static class ApiScopes
{
    public const string ContentRead = "content:read";
    public const string ContentWrite = "content:write";
    public const string MediaWrite = "media:write";
    public const string SubscribersRead = "subscribers:read";
    public const string SubscribersWrite = "subscribers:write";
    public const string NewslettersSend = "newsletters:send";
    public const string AnalyticsRead = "analytics:read";
    public const string WebhooksManage = "webhooks:manage";

    public static IReadOnlyList<string> All { get; } =
        [ContentRead, ContentWrite, MediaWrite, SubscribersRead, SubscribersWrite, NewslettersSend, AnalyticsRead, WebhooksManage];

    public static bool IsKnown(string scope) => All.Contains(scope, StringComparer.Ordinal);
}
