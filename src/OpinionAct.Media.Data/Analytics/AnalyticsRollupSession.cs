using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Analytics;

/// <summary>
/// One catch-up's connection to a tenant's database. The roll-up reads the bounds of a pass under the
/// writers' lock, reads events and visitors' state without it, then commits the pass's figures under
/// the lock again, only if the watermark has not moved meanwhile. The upserts' tables and columns come
/// from the EF model (<see cref="RecordTable{TRecord}"/>).
/// </summary>
public sealed class AnalyticsRollupSession : IAsyncDisposable
{
    private const int KeysPerQuery = 5000;

    private readonly TenantDbContext _db;

    private AnalyticsRollupSession(TenantDbContext db) => _db = db;

    /// <summary>The last search-log day folded into the per-day counts, if any.</summary>
    public Task<DateOnly?> SearchRolledUpToDayAsync(CancellationToken cancellationToken) =>
        _db.AnalyticsState.AsNoTracking().Where(s => s.Id == 1).Select(s => s.SearchRolledUpToDay).SingleAsync(cancellationToken);

    /// <summary>
    /// Folds the search log of the days after the last folded one, up to <paramref name="last"/>, into
    /// per-day counts (searches per first result, zero-result queries), under the writers' lock.
    /// </summary>
    public async Task RollUpSearchDaysAsync(DateOnly last, CancellationToken cancellationToken)
    {
        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        await _db.Database.ExecuteSqlRawAsync(AnalyticsEventStore.LockStatement, cancellationToken);
        var done = await SearchRolledUpToDayAsync(cancellationToken);
        if (done >= last)
        {
            return;
        }

        var first = done?.AddDays(1);
        if (first is null)
        {
            var oldest = await _db.SearchQueries.AsNoTracking().MinAsync(q => (DateTime?)q.CreatedUtc, cancellationToken);
            first = oldest is { } o ? DateOnly.FromDateTime(o) : last.AddDays(1);
        }

        for (var day = first.Value; day <= last; day = day.AddDays(1))
        {
            var start = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var end = start.AddDays(1);
            var counts = await _db.SearchQueries.AsNoTracking().Where(q => q.CreatedUtc >= start && q.CreatedUtc < end)
                .GroupBy(q => q.TopArticleId ?? 0)
                .Select(g => new AnalyticsSearchDailyRecord { Day = day, TopArticleId = g.Key, Searches = g.LongCount(), ZeroResults = g.Sum(q => q.ResultCount == 0 ? 1L : 0L) })
                .ToListAsync(cancellationToken);
            var gaps = await _db.SearchQueries.AsNoTracking().Where(q => q.CreatedUtc >= start && q.CreatedUtc < end && q.ResultCount == 0)
                .GroupBy(q => q.Query)
                .Select(g => new AnalyticsSearchGapRecord { Day = day, Query = g.Key, Searches = g.LongCount() })
                .ToListAsync(cancellationToken);
            _db.AnalyticsSearchDaily.AddRange(counts);
            _db.AnalyticsSearchGaps.AddRange(gaps);
        }

        await _db.SaveChangesAsync(cancellationToken);
        _db.ChangeTracker.Clear();
        await _db.AnalyticsState.Where(s => s.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(x => x.SearchRolledUpToDay, last), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Under the writers' lock: the watermark, and the last committed event id.</summary>
    public async Task<(long Watermark, long Upper)> BoundsAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        await _db.Database.ExecuteSqlRawAsync(AnalyticsEventStore.LockStatement, cancellationToken);
        var watermark = await WatermarkAsync(_db, cancellationToken);
        var upper = await _db.AnalyticsEvents.AsNoTracking().MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        await transaction.CommitAsync(cancellationToken);
        return (watermark, upper);
    }

    /// <summary>Up to <paramref name="max"/> events after <paramref name="after"/> and up to <paramref name="upTo"/>, in id order.</summary>
    public Task<List<AnalyticsEventRecord>> EventsAsync(long after, long upTo, int max, CancellationToken cancellationToken) =>
        _db.AnalyticsEvents.AsNoTracking().Where(e => e.Id > after && e.Id <= upTo).OrderBy(e => e.Id).Take(max).ToListAsync(cancellationToken);

    public Task<AnalyticsArticleLinkRows> ArticleLinksAsync(CancellationToken cancellationToken) => AnalyticsArticleLinkRows.LoadAsync(_db, cancellationToken);

    /// <summary>The stored state of these visitor keys on <paramref name="day"/> (keys never seen that day have none).</summary>
    public async Task<List<AnalyticsVisitorDayRecord>> VisitorDaysAsync(DateOnly day, IReadOnlyCollection<long> keys, CancellationToken cancellationToken)
    {
        var found = new List<AnalyticsVisitorDayRecord>();
        foreach (var chunk in keys.Chunk(KeysPerQuery))
        {
            found.AddRange(await _db.AnalyticsVisitorDays.AsNoTracking().Where(v => v.Day == day && EF.Parameter(chunk).Contains(v.VisitorKey)).ToListAsync(cancellationToken));
        }

        return found;
    }

    /// <summary>Which of these visitor keys have a state on <paramref name="day"/>.</summary>
    public async Task<List<long>> VisitorKeysSeenAsync(DateOnly day, IReadOnlyCollection<long> keys, CancellationToken cancellationToken)
    {
        var found = new List<long>();
        foreach (var chunk in keys.Chunk(KeysPerQuery))
        {
            found.AddRange(await _db.AnalyticsVisitorDays.AsNoTracking().Where(v => v.Day == day && EF.Parameter(chunk).Contains(v.VisitorKey)).Select(v => v.VisitorKey).ToListAsync(cancellationToken));
        }

        return found;
    }

    /// <summary>
    /// Under the writers' lock, if the watermark is still <paramref name="watermark"/>: adds the figures, replaces
    /// the visitors' state, erases the previous-day keys of the folded events of days before <paramref name="today"/>
    /// when <paramref name="erasePreviousKeys"/>, and moves the watermark to <paramref name="last"/>, in one
    /// transaction. Returns false, changing nothing, when someone else moved the watermark meanwhile.
    /// </summary>
    public async Task<bool> CommitPassAsync(long watermark, long last, AnalyticsRollupFigures figures, DateOnly today, bool erasePreviousKeys, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(figures);
        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        await _db.Database.ExecuteSqlRawAsync(AnalyticsEventStore.LockStatement, cancellationToken);
        if (await WatermarkAsync(_db, cancellationToken) != watermark)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        var tx = transaction.GetDbTransaction();
        await UpsertAsync(tx, figures.Daily, adding: true, cancellationToken);
        await UpsertAsync(tx, figures.ArticleDaily, adding: true, cancellationToken);
        await UpsertAsync(tx, figures.SourceDaily, adding: true, cancellationToken);
        await UpsertAsync(tx, figures.Visitors, adding: true, cancellationToken);
        await UpsertAsync(tx, figures.VisitorDays, adding: false, cancellationToken);
        await UpsertAsync(tx, figures.AmbassadorDaily, adding: true, cancellationToken);

        // Events folded after their day ended (a late commit, a roll-up that was failing) lose their key under the
        // day before's salt now: the purge erases it for events folded during their day, and may not see these.
        if (erasePreviousKeys)
        {
            await _db.AnalyticsEvents.Where(e => e.Id > watermark && e.Id <= last && e.Day < today && e.PreviousVisitorKey != 0)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.PreviousVisitorKey, 0L), cancellationToken);
        }

        await _db.AnalyticsState.Where(s => s.Id == 1)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RolledUpToId, last).SetProperty(x => x.UpdatedUtc, now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    internal static Task<long> WatermarkAsync(TenantDbContext db, CancellationToken cancellationToken) =>
        db.AnalyticsState.AsNoTracking().Where(s => s.Id == 1).Select(s => s.RolledUpToId).SingleAsync(cancellationToken);

    internal static async Task<AnalyticsRollupSession> OpenAsync(TenantDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            return new AnalyticsRollupSession(db);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>One prepared upsert per table, run once per row: the same SQL on SQLite and PostgreSQL (<c>INSERT … ON CONFLICT DO UPDATE</c>).</summary>
    private async Task UpsertAsync<TRecord>(DbTransaction transaction, IReadOnlyList<TRecord> rows, bool adding, CancellationToken cancellationToken)
        where TRecord : class
    {
        var table = RecordTable<TRecord>.For(_db);
        await using var upsert = table.Command(_db.Database.GetDbConnection(), adding ? table.UpsertAdding() : table.UpsertReplacing(), 1);
        upsert.Transaction = transaction;
        foreach (var row in rows)
        {
            table.Bind(upsert, row, 0);
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
