namespace OpinionAct.Media.Web.ScaleOut;

/// <summary>The record of leader runs (host table <c>BackgroundRuns</c>), written on cluster members only.</summary>
public sealed partial class JobLeases
{
    /// <summary>Records that this node starts a leader run; null on a lone node (nothing is recorded there).</summary>
    public async Task<long?> RunStartingAsync(string kind, string tenant, CancellationToken cancellationToken) =>
        Required ? await runs.StartAsync(kind, tenant, NodeName, clock.GetUtcNow(), cancellationToken) : null;

    /// <summary>Records the end of a run <see cref="RunStartingAsync"/> recorded; a failure to record is logged, not thrown.</summary>
    public async Task RunFinishedAsync(long? run, string outcome)
    {
        if (run is not { } id)
        {
            return;
        }

        try
        {
            // Not the run's token: a run stopped by a lost lease is still recorded as stopped, if the database answers.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await runs.FinishAsync(id, clock.GetUtcNow(), outcome, timeout.Token);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.BackgroundRunNotRecorded(ex, NodeName, id);
        }
    }

    /// <summary>Deletes run records older than <paramref name="retention"/> (the leader does it, hourly).</summary>
    internal Task<int> PurgeRunsAsync(TimeSpan retention, CancellationToken cancellationToken) =>
        runs.PurgeAsync(clock.GetUtcNow() - retention, cancellationToken);
}
