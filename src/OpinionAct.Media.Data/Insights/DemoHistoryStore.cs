using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpinionAct.Media.Data.Analytics;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Insights;

/// <summary>
/// The demo hub's generated audience history: written straight into the roll-up tables in bulk (multi-row inserts, as
/// the event writer does), marked by its days on <c>AnalyticsState</c>, and removed by those days. The days are all
/// before the hub existed and the history is refused on a hub that has any figure, so removing them removes nothing real.
/// </summary>
public sealed class DemoHistoryStore(TenantDbContext db)
{
    private const int RowsPerStatement = 100;

    /// <summary>Whether the hub already has any audience figure, raw or rolled up, sign-up or logged search.</summary>
    public async Task<bool> AnyFiguresAsync(CancellationToken cancellationToken) =>
        await db.AnalyticsEvents.AnyAsync(cancellationToken)
        || await db.AnalyticsSourceDaily.AnyAsync(cancellationToken)
        || await db.AnalyticsVisitors.AnyAsync(cancellationToken)
        || await db.AnalyticsSignupDaily.AnyAsync(cancellationToken)
        || await db.AnalyticsSearchDaily.AnyAsync(cancellationToken)
        || await db.SearchQueries.AnyAsync(cancellationToken);

    /// <summary>
    /// Writes every row and the marker in one transaction (the caller's, a recipe's, when there is one). The search fold is
    /// moved past the generated days, so the insights read their searches from the folded tables as for any finished day.
    /// </summary>
    public async Task WriteAsync(DemoHistoryRows rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            await InsertAsync(transaction, rows.Daily, cancellationToken);
            await InsertAsync(transaction, rows.ArticleDaily, cancellationToken);
            await InsertAsync(transaction, rows.SourceDaily, cancellationToken);
            await InsertAsync(transaction, rows.Visitors, cancellationToken);
            await InsertAsync(transaction, rows.SearchDaily, cancellationToken);
            await InsertAsync(transaction, rows.SearchGaps, cancellationToken);
            await InsertAsync(transaction, rows.Signups, cancellationToken);
            await db.AnalyticsState.Where(s => s.Id == 1).ExecuteUpdateAsync(
                set => set.SetProperty(s => s.DemoFromDay, rows.From).SetProperty(s => s.DemoToDay, rows.To)
                    .SetProperty(s => s.SearchRolledUpToDay, s => s.SearchRolledUpToDay == null || s.SearchRolledUpToDay < rows.To ? rows.To : s.SearchRolledUpToDay),
                cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>The generated days, or null when the hub has no demo history.</summary>
    public async Task<(DateOnly From, DateOnly To)?> DaysAsync(CancellationToken cancellationToken)
    {
        var state = await db.AnalyticsState.AsNoTracking().Where(s => s.Id == 1).Select(s => new { s.DemoFromDay, s.DemoToDay }).SingleAsync(cancellationToken);
        return state is { DemoFromDay: { } from, DemoToDay: { } to } ? (from, to) : null;
    }

    /// <summary>Deletes the generated rows (by their days) and the marker in one transaction; returns the rows deleted, 0 when there was none.</summary>
    public async Task<int> RemoveAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await DaysAsync(cancellationToken) is not { } days)
        {
            return 0;
        }

        var (from, to) = days;
        var deleted = await db.AnalyticsDaily.Where(r => r.Day >= from && r.Day <= to).ExecuteDeleteAsync(cancellationToken)
            + await db.AnalyticsArticleDaily.Where(r => r.Day >= from && r.Day <= to).ExecuteDeleteAsync(cancellationToken)
            + await db.AnalyticsSourceDaily.Where(r => r.Day >= from && r.Day <= to).ExecuteDeleteAsync(cancellationToken)
            + await db.AnalyticsVisitors.Where(r => r.Day >= from && r.Day <= to).ExecuteDeleteAsync(cancellationToken)
            + await db.AnalyticsSearchDaily.Where(r => r.Day >= from && r.Day <= to).ExecuteDeleteAsync(cancellationToken)
            + await db.AnalyticsSearchGaps.Where(r => r.Day >= from && r.Day <= to).ExecuteDeleteAsync(cancellationToken)
            + await db.AnalyticsSignupDaily.Where(r => r.Day >= from && r.Day <= to).ExecuteDeleteAsync(cancellationToken)
            + await db.Set<Ambassadors.AmbassadorDailyRecord>().Where(r => r.Day >= from && r.Day <= to).ExecuteDeleteAsync(cancellationToken);
        await db.AnalyticsState.Where(s => s.Id == 1).ExecuteUpdateAsync(set => set.SetProperty(s => s.DemoFromDay, (DateOnly?)null).SetProperty(s => s.DemoToDay, (DateOnly?)null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    /// <summary>
    /// Multi-row inserts of <see cref="RowsPerStatement"/> rows through one prepared command (and one for the remainder),
    /// with columns and parameters from the EF model.
    /// </summary>
    private async Task InsertAsync<TRecord>(DbTransaction transaction, IReadOnlyList<TRecord> rows, CancellationToken cancellationToken)
        where TRecord : class
    {
        var table = RecordTable<TRecord>.For(db);
        var connection = db.Database.GetDbConnection();
        var full = rows.Count / RowsPerStatement;
        if (full > 0)
        {
            await using var insert = table.Command(connection, table.Insert(RowsPerStatement), RowsPerStatement);
            insert.Transaction = transaction;
            await insert.PrepareAsync(cancellationToken);
            for (var batch = 0; batch < full; batch++)
            {
                for (var i = 0; i < RowsPerStatement; i++)
                {
                    table.Bind(insert, rows[(batch * RowsPerStatement) + i], i);
                }

                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        var rest = rows.Count - (full * RowsPerStatement);
        if (rest > 0)
        {
            await using var insert = table.Command(connection, table.Insert(rest), rest);
            insert.Transaction = transaction;
            for (var i = 0; i < rest; i++)
            {
                table.Bind(insert, rows[(full * RowsPerStatement) + i], i);
            }

            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
