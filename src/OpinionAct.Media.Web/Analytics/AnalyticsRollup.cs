using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Analytics;
using OpinionAct.Media.Data;
using OpinionAct.Media.Data.Analytics;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>
/// Folds raw events into the daily rollups, incrementally. A pass (1) notes, under the writers' lock,
/// the last committed event id; (2) reads the events after the watermark and the visitors' state
/// without holding any lock; (3) under the lock again, checks that the watermark has not moved
/// (another node or the CLI did the same work) and writes the figures, the visitors' state and the
/// new watermark in one transaction. A pass that fails or is killed changes nothing; the next redoes it.
/// Insights catch up before they answer (as search catches its index up); the maintenance service
/// does it every few seconds.
/// </summary>
public sealed partial class AnalyticsRollup(MediaDatabase database, TimeProvider clock, IOptions<AnalyticsOptions> options)
{
    private const int BatchSize = 20_000;
    private const int CompletionDepth = 75;

    public async Task CatchUpAsync(string tenant, CancellationToken cancellationToken)
    {
        await using var db = database.CreateTenantContext(tenant);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await RollUpSearchDaysAsync(db, cancellationToken);
        ArticleLinks? links = null;
        while (true)
        {
            long watermark, upper;
            await using (var first = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                await db.Database.ExecuteSqlRawAsync(AnalyticsEventWriter.LockStatement, cancellationToken);
                watermark = await WatermarkAsync(db, cancellationToken);
                upper = await db.AnalyticsEvents.AsNoTracking().MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
                await first.CommitAsync(cancellationToken);
            }

            if (upper <= watermark)
            {
                return;
            }

            var events = await db.AnalyticsEvents.AsNoTracking().Where(e => e.Id > watermark && e.Id <= upper).OrderBy(e => e.Id).Take(BatchSize).ToListAsync(cancellationToken);
            links ??= await ArticleLinks.LoadAsync(db, cancellationToken);
            var pass = new Pass(links);
            await pass.LoadVisitorsAsync(db, events, cancellationToken);
            pass.Apply(events);

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync(AnalyticsEventWriter.LockStatement, cancellationToken);
            if (await WatermarkAsync(db, cancellationToken) != watermark)
            {
                // Someone else folded these events in meanwhile; start again from their watermark.
                await transaction.RollbackAsync(cancellationToken);
                continue;
            }

            await pass.WriteAsync(db, transaction, cancellationToken);
            var last = events[^1].Id;
            var now = clock.GetUtcNow().UtcDateTime;

            // Events folded after their day ended (a late commit, a roll-up that was failing) lose their key under the
            // day before's salt now: the purge erases it for events folded during their day, and may not see these.
            var today = DateOnly.FromDateTime(now);
            if (events.Any(e => e.Day < today && e.PreviousVisitorKey != 0))
            {
                await db.AnalyticsEvents.Where(e => e.Id > watermark && e.Id <= last && e.Day < today && e.PreviousVisitorKey != 0)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.PreviousVisitorKey, 0L), cancellationToken);
            }

            await db.AnalyticsState.Where(s => s.Id == 1)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.RolledUpToId, last).SetProperty(x => x.UpdatedUtc, now), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (last >= upper)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Deletes raw events older than the retention period (only ones already rolled up), and salts and
    /// visitor state whose next day is over. With a salt goes every stored key made with it: events of
    /// the day after keep their own day's key but lose the one under that salt (<c>PreviousVisitorKey</c>,
    /// only read by the roll-up, which has used it), so no stored event links one day's keys to the day
    /// before's once that day's salt is gone. Returns what was deleted.
    /// </summary>
    public async Task<(int Events, int Salts, DateOnly Cutoff)> PurgeAsync(string tenant, CancellationToken cancellationToken)
    {
        await CatchUpAsync(tenant, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var cutoff = today.AddDays(-Math.Max(2, options.Value.RetentionDays));
        var saltCutoff = today.AddDays(-1);
        await using var db = database.CreateTenantContext(tenant);
        var watermark = await WatermarkAsync(db, cancellationToken);
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
        return (events, salts, cutoff);
    }

    /// <summary>
    /// The search log of days that are over is folded into per-day counts (searches per first result,
    /// zero-result queries), once per day; insights read the log itself only for the days after.
    /// A day is folded five minutes after it ends, so a search logged at its last instant is in.
    /// </summary>
    private async Task RollUpSearchDaysAsync(TenantDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var last = DateOnly.FromDateTime(now).AddDays(now.TimeOfDay < TimeSpan.FromMinutes(5) ? -2 : -1);
        var done = await db.AnalyticsState.AsNoTracking().Where(s => s.Id == 1).Select(s => s.SearchRolledUpToDay).SingleAsync(cancellationToken);
        if (done >= last)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(AnalyticsEventWriter.LockStatement, cancellationToken);
        done = await db.AnalyticsState.AsNoTracking().Where(s => s.Id == 1).Select(s => s.SearchRolledUpToDay).SingleAsync(cancellationToken);
        if (done >= last)
        {
            return;
        }

        var first = done?.AddDays(1);
        if (first is null)
        {
            var oldest = await db.SearchQueries.AsNoTracking().MinAsync(q => (DateTime?)q.CreatedUtc, cancellationToken);
            first = oldest is { } o ? DateOnly.FromDateTime(o) : last.AddDays(1);
        }

        for (var day = first.Value; day <= last; day = day.AddDays(1))
        {
            var start = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var end = start.AddDays(1);
            var counts = await db.SearchQueries.AsNoTracking().Where(q => q.CreatedUtc >= start && q.CreatedUtc < end)
                .GroupBy(q => q.TopArticleId ?? 0)
                .Select(g => new AnalyticsSearchDailyRecord { Day = day, TopArticleId = g.Key, Searches = g.LongCount(), ZeroResults = g.Sum(q => q.ResultCount == 0 ? 1L : 0L) })
                .ToListAsync(cancellationToken);
            var gaps = await db.SearchQueries.AsNoTracking().Where(q => q.CreatedUtc >= start && q.CreatedUtc < end && q.ResultCount == 0)
                .GroupBy(q => q.Query)
                .Select(g => new AnalyticsSearchGapRecord { Day = day, Query = g.Key, Searches = g.LongCount() })
                .ToListAsync(cancellationToken);
            db.AnalyticsSearchDaily.AddRange(counts);
            db.AnalyticsSearchGaps.AddRange(gaps);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await db.AnalyticsState.Where(s => s.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(x => x.SearchRolledUpToDay, last), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static Task<long> WatermarkAsync(TenantDbContext db, CancellationToken cancellationToken) =>
        db.AnalyticsState.AsNoTracking().Where(s => s.Id == 1).Select(s => s.RolledUpToId).SingleAsync(cancellationToken);
}
