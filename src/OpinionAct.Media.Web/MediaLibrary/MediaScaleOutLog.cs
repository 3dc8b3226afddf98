namespace OpinionAct.Media.Web.MediaLibrary;

/// <summary>Log messages of shared media on a cluster member (event ids 2580–2589, issue 17).</summary>
internal static partial class MediaScaleOutLog
{
    [LoggerMessage(2580, LogLevel.Information, "Media originals of this node ({Node}) are stored in each tenant's PostgreSQL schema (cluster member); variants stay in its own cache under {DataPath}")]
    public static partial void OriginalsInPostgres(this ILogger logger, string node, string dataPath);

    [LoggerMessage(2581, LogLevel.Debug, "Media original {Hash} of tenant {Tenant} stored in PostgreSQL by node {Node}")]
    public static partial void OriginalStored(this ILogger logger, string tenant, string hash, string node);

    [LoggerMessage(2582, LogLevel.Debug, "Media original {Hash} of tenant {Tenant} deleted from PostgreSQL by node {Node}")]
    public static partial void OriginalDeleted(this ILogger logger, string tenant, string hash, string node);

    [LoggerMessage(2583, LogLevel.Debug, "Cached media of item {Id} of tenant {Tenant} dropped on node {Node}: the item is gone or changed on another node")]
    public static partial void StaleCacheDropped(this ILogger logger, string tenant, int id, string node);
}
