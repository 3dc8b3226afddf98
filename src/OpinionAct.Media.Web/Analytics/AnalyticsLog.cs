namespace OpinionAct.Media.Web.Analytics;

/// <summary>
/// Log messages of audience analytics and insights: event ids 1600–1619 (they were 1500–1502, which newsletter
/// subscriptions also use; the rest of the platform's ids are in <c>Hosting/MediaLog</c>). Visitor keys,
/// addresses and user agents are never logged.
/// </summary>
internal static partial class AnalyticsLog
{
    [LoggerMessage(1600, LogLevel.Error, "Committing {Count} analytics event(s) of tenant {Tenant} failed")]
    public static partial void EventCommitFailed(this ILogger logger, Exception exception, string tenant, int count);

    [LoggerMessage(1601, LogLevel.Error, "Analytics maintenance of tenant {Tenant} failed")]
    public static partial void AnalyticsMaintenanceFailed(this ILogger logger, Exception exception, string tenant);

    [LoggerMessage(1602, LogLevel.Information, "Analytics of tenant {Tenant}: purged {Events} raw event(s) older than {Cutoff}, deleted {Salts} expired salt(s)")]
    public static partial void AnalyticsPurged(this ILogger logger, string tenant, int events, DateOnly cutoff, int salts);

    [LoggerMessage(1603, LogLevel.Error, "Insights of tenant {Tenant} could not be computed for the agency console; shown as unavailable")]
    public static partial void AgencyInsightsUnavailable(this ILogger logger, Exception exception, string tenant);
}
