namespace OpinionAct.Media.Web.Content;

/// <summary>Content: the scheduled publisher (event ids 1300–1399).</summary>
internal static partial class ContentLog
{
    [LoggerMessage(1300, LogLevel.Information, "Published {Count} scheduled article(s) of tenant {Tenant}")]
    public static partial void ScheduledPublished(this ILogger logger, string tenant, int count);

    [LoggerMessage(1301, LogLevel.Error, "Publishing scheduled articles of tenant {Tenant} failed")]
    public static partial void SchedulerFailed(this ILogger logger, Exception exception, string tenant);
}
