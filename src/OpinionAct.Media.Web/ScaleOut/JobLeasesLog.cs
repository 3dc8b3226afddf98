namespace OpinionAct.Media.Web.ScaleOut;

/// <summary>Log messages of the job lease (event ids 2540–2559): who leads background work, and when it moves.</summary>
internal static partial class JobLeasesLog
{
    [LoggerMessage(2540, LogLevel.Information, "Node {Node} took the job lease: it now runs the leader jobs (publishing, purges, sweeps, webhooks, bounces)")]
    public static partial void JobLeaseTaken(this ILogger logger, string node);

    [LoggerMessage(2541, LogLevel.Warning, "Node {Node} lost the job lease ({Reason}): it stops starting leader jobs and stops those running")]
    public static partial void JobLeaseLost(this ILogger logger, string node, string reason);

    [LoggerMessage(2542, LogLevel.Warning, "Node {Node} cannot reach PostgreSQL for the job lease; retrying every {Interval}")]
    public static partial void JobLeaseUnreachable(this ILogger logger, Exception exception, string node, TimeSpan interval);

    [LoggerMessage(2543, LogLevel.Information, "Node {Node} follows: another node holds the job lease")]
    public static partial void JobLeaseFollowing(this ILogger logger, string node);

    [LoggerMessage(2544, LogLevel.Warning, "Node {Node} could not record the end of background run {Run}")]
    public static partial void BackgroundRunNotRecorded(this ILogger logger, Exception exception, string node, long run);

    [LoggerMessage(2545, LogLevel.Information, "Node {Node} purged {Count} background-run records older than {Retention}")]
    public static partial void BackgroundRunsPurged(this ILogger logger, string node, int count, TimeSpan retention);

    [LoggerMessage(2546, LogLevel.Warning, "Node {Node} could not purge old background-run records")]
    public static partial void BackgroundRunsPurgeFailed(this ILogger logger, Exception exception, string node);

    [LoggerMessage(2547, LogLevel.Information, "Node {Node} starts {Count} leader runs that became due while it did not lead")]
    public static partial void ParkedJobsReleased(this ILogger logger, string node, int count);

    [LoggerMessage(2548, LogLevel.Warning, "Node {Node} could not hand its analytics roll-ups over through Redis; it folds them itself")]
    public static partial void RollupHandoffFailed(this ILogger logger, Exception exception, string node);
}
