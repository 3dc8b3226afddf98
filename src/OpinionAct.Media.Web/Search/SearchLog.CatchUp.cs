namespace OpinionAct.Media.Web.Search;

/// <summary>The background catch-up of this node's indexes (event ids 2560–2563, issue 17's readiness).</summary>
internal static partial class SearchLog
{
    [LoggerMessage(2560, LogLevel.Information, "Node {Node}: building the search indexes of {Count} tenant(s) from the database; not ready until they are built")]
    public static partial void IndexesBuilding(this ILogger logger, string node, int count);

    [LoggerMessage(2561, LogLevel.Information, "Node {Node}: search index of tenant {Tenant} built from the database ({Documents} documents, {Milliseconds} ms)")]
    public static partial void IndexBuilt(this ILogger logger, string node, string tenant, int documents, long milliseconds);

    [LoggerMessage(2562, LogLevel.Information, "Node {Node}: every running tenant's search index is built ({Count} built at start)")]
    public static partial void IndexesReady(this ILogger logger, string node, int count);

    [LoggerMessage(2563, LogLevel.Warning, "Node {Node}: catching up the search index of tenant {Tenant} failed; it is tried again")]
    public static partial void CatchUpFailed(this ILogger logger, Exception exception, string node, string tenant);
}
