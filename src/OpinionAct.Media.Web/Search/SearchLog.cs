namespace OpinionAct.Media.Web.Search;

/// <summary>Log messages of search: event ids 2300–2319. Query texts are never logged (they may hold what readers typed about themselves).</summary>
internal static partial class SearchLog
{
    [LoggerMessage(2300, LogLevel.Warning, "Writing {Count} logged search(es) of tenant {Tenant} in one transaction failed; writing them one by one")]
    public static partial void QueryBatchFailed(this ILogger logger, Exception exception, string tenant, int count);

    [LoggerMessage(2301, LogLevel.Error, "{Dropped} logged search(es) of tenant {Tenant} could not be stored and were dropped")]
    public static partial void QueriesDropped(this ILogger logger, string tenant, int dropped);

    [LoggerMessage(2302, LogLevel.Error, "Writing logged searches of tenant {Tenant} failed; {Count} dropped")]
    public static partial void QueryWriteFailed(this ILogger logger, Exception exception, string tenant, int count);
}
