using Microsoft.EntityFrameworkCore;

namespace OpinionAct.Media.Data.Analytics;

/// <summary>The roll-up's storage in a tenant's database: its passes (<see cref="AnalyticsRollupSession"/>) and the purge.</summary>
public sealed class AnalyticsRollupStore(MediaDatabase database)
{
    /// <summary>A connection for one catch-up (several passes and their transactions).</summary>
    public Task<AnalyticsRollupSession> OpenSessionAsync(string tenant, CancellationToken cancellationToken) =>
        AnalyticsRollupSession.OpenAsync(database.CreateTenantContext(tenant), cancellationToken);

    /// <summary>
    /// Deletes raw events older than <paramref name="cutoff"/> that are rolled up; then, in one transaction,
    /// salts and visitors' state older than <paramref name="saltCutoff"/>, and the keys made with a deleted
    /// salt (<c>PreviousVisitorKey</c>) on rolled-up events of days before <paramref name="today"/>.
    /// </summary>
    public async Task<(int Events, int Salts)> PurgeAsync(string tenant, DateOnly cutoff, DateOnly saltCutoff, DateOnly today, CancellationToken cancellationToken)
    {
        await using var db = database.CreateTenantContext(tenant);
        var watermark = await AnalyticsRollupSession.WatermarkAsync(db, cancellationToken);
        var events = await db.AnalyticsEvents.Where(e => e.Day < cutoff && e.Id <= watermark).ExecuteDeleteAsync(cancellationToken);

        // One transaction: a salt is never gone while keys made with it are still stored beside the next day's.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var oldestSalt = await db.AnalyticsSalts.MinAsync(s => (DateOnly?)s.Day, cancellationToken);
        var salts = await db.AnalyticsSalts.Where(s => s.Day < saltCutoff).ExecuteDeleteAsync(cancellationToken);
        await db.AnalyticsVisitorDays.Where(v => v.Day < saltCutoff).ExecuteDeleteAsync(cancellationToken);

        // An event of day D carries its key under D-1's salt, deleted above once D < today. Days whose previous salt
        // was already gone before were erased then, so only days from the oldest salt on are read (about one day's
        // events, once a day). An event not yet rolled up keeps its key: the roll-up needs it, and erases it then.
        if (oldestSalt is { } oldest)
        {
            var first = oldest.AddDays(1);
            await db.AnalyticsEvents.Where(e => e.Day >= first && e.Day < today && e.Id <= watermark && e.PreviousVisitorKey != 0)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.PreviousVisitorKey, 0L), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (events, salts);
    }
}
