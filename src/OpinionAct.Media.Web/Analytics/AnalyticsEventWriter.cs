using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Analytics;
using OpinionAct.Media.Data;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Hosting;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>
/// Group commit: one writer per tenant drains every request waiting in its queue, inserts all their
/// events in one transaction, and only then completes each request (which answers 202). Under load
/// one commit serves hundreds of requests; alone, a request waits for one small transaction.
/// </summary>
public sealed partial class AnalyticsEventWriter(MediaDatabase database, IOptions<AnalyticsOptions> options, ILogger<AnalyticsEventWriter> logger)
    : ITenantResourceOwner, IAsyncDisposable
{
    private const int RowsPerStatement = 50;
    private const string Columns = "\"CreatedUtc\", \"Day\", \"Type\", \"VisitorKey\", \"PreviousVisitorKey\", \"ArticleId\", \"Path\", \"Source\", \"Campaign\", \"ReferrerHost\", \"TargetHost\", \"EngagedSeconds\", \"ScrollDepth\", \"Query\", \"Position\"";
    private const int ColumnCount = 15;

    /// <summary>Takes the roll-up state row's lock first, so event ids become visible in commit order (PostgreSQL) and the roll-up never skips one.</summary>
    internal const string LockStatement = "UPDATE \"AnalyticsState\" SET \"RolledUpToId\" = \"RolledUpToId\" WHERE \"Id\" = 1";

    private static readonly string[] InsertSql = Enumerable.Range(0, RowsPerStatement + 1).Select(BuildInsert).ToArray();

    private readonly ConcurrentDictionary<string, TenantQueue> _queues = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _dirty = new(StringComparer.Ordinal);

    /// <summary>Completes once the rows are committed; faults if the commit failed.</summary>
    public async Task WriteAsync(string tenant, IReadOnlyList<EventRow> rows, CancellationToken cancellationToken)
    {
        var pending = new PendingWrite(rows, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        while (true)
        {
            var queue = _queues.GetOrAdd(tenant, name => new TenantQueue(this, name));
            if (queue.Channel.Writer.TryWrite(pending))
            {
                break;
            }

            // The queue was closed by a tenant release between GetOrAdd and TryWrite: take a new one.
            _queues.TryRemove(new KeyValuePair<string, TenantQueue>(tenant, queue));
        }

        await pending.Done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Tenants that received events since the last call (the roll-up folds them in).</summary>
    public IReadOnlyList<string> TakeDirtyTenants()
    {
        var names = _dirty.Keys.ToList();
        foreach (var name in names)
        {
            _dirty.TryRemove(name, out _);
        }

        return names;
    }

    public void Release(string tenant)
    {
        if (_queues.TryRemove(tenant, out var queue))
        {
            queue.Channel.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var queue in _queues.Values)
        {
            queue.Channel.Writer.TryComplete();
        }

        await Task.WhenAll(_queues.Values.Select(q => q.Loop));
    }

    private static string BuildInsert(int rows)
    {
        if (rows == 0)
        {
            return string.Empty;
        }

        var sql = new StringBuilder($"INSERT INTO \"AnalyticsEvents\" ({Columns}) VALUES ");
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < ColumnCount; c++)
            {
                sql.Append(c == 0 ? string.Empty : ", ").Append("@p").Append(r * ColumnCount + c);
            }

            sql.Append(')');
        }

        return sql.ToString();
    }

    private async Task RunAsync(TenantQueue queue)
    {
        var reader = queue.Channel.Reader;
        var batch = new List<PendingWrite>();
        TenantDbContext? db = null;
        try
        {
            while (await reader.WaitToReadAsync())
            {
                var events = 0;
                while (events < options.Value.MaxBatchEvents && reader.TryRead(out var pending))
                {
                    batch.Add(pending);
                    events += pending.Rows.Count;
                }

                try
                {
                    db ??= await OpenAsync(queue.Tenant);
                    await CommitAsync(db, batch);
                    _dirty[queue.Tenant] = 0;
                    foreach (var pending in batch)
                    {
                        pending.Done.TrySetResult();
                    }
                }
#pragma warning disable CA1031 // Any failure is handed to every waiting request (503); the loop must survive it.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    logger.EventCommitFailed(ex, queue.Tenant, events);
                    foreach (var pending in batch)
                    {
                        pending.Done.TrySetException(ex);
                    }

                    if (db is not null)
                    {
                        await db.DisposeAsync();
                        db = null;
                    }
                }

                batch.Clear();
            }
        }
        finally
        {
            if (db is not null)
            {
                await db.DisposeAsync();
            }
        }
    }

    private async Task<TenantDbContext> OpenAsync(string tenant)
    {
        // One connection per writer, kept open: the per-connection set-up (pragmas, search path) runs once.
        var db = database.CreateTenantContext(tenant);
        await db.Database.OpenConnectionAsync();
        return db;
    }

    private static async Task CommitAsync(TenantDbContext db, List<PendingWrite> batch)
    {
        var connection = db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var lockCommand = connection.CreateCommand())
        {
            lockCommand.Transaction = transaction;
            lockCommand.CommandText = LockStatement;
            await lockCommand.ExecuteNonQueryAsync();
        }

        var rows = batch.SelectMany(p => p.Rows).ToList();
        for (var start = 0; start < rows.Count; start += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, rows.Count - start);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = InsertSql[count];
            for (var r = 0; r < count; r++)
            {
                AddRow(command, rows[start + r], r * ColumnCount);
            }

            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static void AddRow(DbCommand command, EventRow row, int offset)
    {
        object?[] values =
        [
            row.CreatedUtc, row.Day, row.Type, row.VisitorKey, row.PreviousVisitorKey, row.ArticleId, row.Path, row.Source,
            row.Campaign, row.ReferrerHost, row.TargetHost, row.EngagedSeconds, row.ScrollDepth, row.Query, row.Position,
        ];
        for (var c = 0; c < values.Length; c++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + (offset + c);
            parameter.Value = values[c] ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
    }

    private sealed record PendingWrite(IReadOnlyList<EventRow> Rows, TaskCompletionSource Done);

    private sealed class TenantQueue
    {
        public TenantQueue(AnalyticsEventWriter owner, string tenant)
        {
            Tenant = tenant;
            Channel = System.Threading.Channels.Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
            Loop = Task.Run(() => owner.RunAsync(this));
        }

        public string Tenant { get; }

        public Channel<PendingWrite> Channel { get; }

        public Task Loop { get; }
    }
}
