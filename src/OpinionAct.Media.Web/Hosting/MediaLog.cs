using OpinionAct.Media.Hosting;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// The platform's own log lines (start-up, security), as source-generated structured messages (no
/// boxing, no parsing at run time). Each module keeps its own class beside it (TenancyLog, ContentLog,
/// AccountsLog, NewslettersLog, SubscriptionsLog, AnalyticsLog); event ids stay unique across them.
/// </summary>
internal static partial class MediaLog
{
    [LoggerMessage(1000, LogLevel.Information, "Media host started with data in {DataPath} on {Provider}; {Count} tenant(s)")]
    public static partial void HostStarted(this ILogger logger, string dataPath, DatabaseProvider provider, int count);

    [LoggerMessage(1001, LogLevel.Information, "Demo tenant {Tenant} created at /{Prefix}")]
    public static partial void DemoCreated(this ILogger logger, string tenant, string prefix);

    [LoggerMessage(1002, LogLevel.Error, "Demo tenant could not be created: {Reason}")]
    public static partial void DemoFailed(this ILogger logger, string reason);
}
