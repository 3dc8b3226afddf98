namespace OpinionAct.Media.Web.ScaleOut;

/// <summary>Log messages of a cluster member's coordination (event ids 2500–2599). The Redis configuration string may hold a password: only end points are logged.</summary>
internal static partial class ScaleOutLog
{
    [LoggerMessage(2500, LogLevel.Information, "Connected to Redis at {EndPoints}")]
    public static partial void RedisConnected(this ILogger logger, string endPoints);

    [LoggerMessage(2501, LogLevel.Warning, "Redis at {EndPoints} cannot be reached ({Failure}): rate limits count on this node alone and caches rely on the database version poll until it is back")]
    public static partial void RedisLost(this ILogger logger, string endPoints, string failure);

    [LoggerMessage(2502, LogLevel.Information, "Redis at {EndPoints} is back: local caches are flushed, since eviction messages sent meanwhile were lost")]
    public static partial void RedisRestored(this ILogger logger, string endPoints);

    [LoggerMessage(2503, LogLevel.Warning, "Redis at {EndPoints} cannot be reached at start: this node serves degraded (rate limits per node, caches on the database version poll) and keeps trying")]
    public static partial void RedisUnreachableAtStart(this ILogger logger, string endPoints);
}
