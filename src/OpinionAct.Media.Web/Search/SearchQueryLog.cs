using System.Collections.Concurrent;
using System.Threading.Channels;
using OpinionAct.Media.Data.Search;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.Search;

/// <summary>
/// Group commit for the search log: a search enqueues its (redacted) row and answers at once, with an id chosen
/// by <see cref="SearchQueryIds"/>; one writer per tenant drains everything queued meanwhile and inserts it in
/// one transaction. A search needs no durability, so nothing waits for the write: a node that crashes loses
/// the last few milliseconds of query log, a graceful stop writes what is queued. A click report waits for
/// <see cref="FlushAsync"/>, so a click that follows its search at once still finds the row.
/// </summary>
public sealed class SearchQueryLog(SearchQueryLogStore store, SearchQueryIds ids, ILogger<SearchQueryLog> logger) : ITenantResourceOwner, IAsyncDisposable
{
    /// <summary>The most rows written in one transaction.</summary>
    internal const int MaxBatch = 512;

    private readonly ConcurrentDictionary<string, Lazy<TenantQueue>> _queues = new(StringComparer.Ordinal);
    private int _transactions;

    /// <summary>Transactions written so far (tests check that queued rows share them).</summary>
    internal int Transactions => Volatile.Read(ref _transactions);

    /// <summary>Gives the row its id and queues it; returns the id at once.</summary>
    public long Enqueue(string tenant, SearchQueryRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.Id = ids.Next();
        Post(tenant, new Item(record, null));
        return record.Id;
    }

    /// <summary>Completes once every row queued for the tenant before the call is written (or dropped).</summary>
    public Task FlushAsync(string tenant, CancellationToken cancellationToken)
    {
        if (!_queues.ContainsKey(tenant))
        {
            return Task.CompletedTask;
        }

        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(tenant, new Item(null, done));
        return done.Task.WaitAsync(cancellationToken);
    }

    public void Release(string tenant)
    {
        if (_queues.TryRemove(tenant, out var entry))
        {
            // The writer drains what is queued, then ends.
            entry.Value.Channel.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        var queues = _queues.Values.Select(q => q.Value).ToList();
        foreach (var queue in queues)
        {
            queue.Channel.Writer.TryComplete();
        }

        await Task.WhenAll(queues.Select(q => q.Loop));
    }

    private void Post(string tenant, Item item)
    {
        while (true)
        {
            var entry = _queues.GetOrAdd(tenant, name => new Lazy<TenantQueue>(() => new TenantQueue(this, name), LazyThreadSafetyMode.ExecutionAndPublication));
            if (entry.Value.Channel.Writer.TryWrite(item))
            {
                return;
            }

            // Closed by a tenant release between GetOrAdd and TryWrite: take a new queue.
            _queues.TryRemove(new KeyValuePair<string, Lazy<TenantQueue>>(tenant, entry));
        }
    }

    private async Task RunAsync(TenantQueue queue)
    {
        var reader = queue.Channel.Reader;
        var rows = new List<SearchQueryRecord>();
        var flushes = new List<TaskCompletionSource>();
        while (await reader.WaitToReadAsync())
        {
            Drain(reader, rows, flushes);
            if (rows.Count is > 0 and < MaxBatch)
            {
                // Let searches already being answered join this transaction: a yield costs microseconds.
                await Task.Yield();
                Drain(reader, rows, flushes);
            }

            if (rows.Count > 0)
            {
                await WriteAsync(queue.Tenant, rows);
            }

            foreach (var flush in flushes)
            {
                flush.TrySetResult();
            }

            rows.Clear();
            flushes.Clear();
        }
    }

    private static void Drain(ChannelReader<Item> reader, List<SearchQueryRecord> rows, List<TaskCompletionSource> flushes)
    {
        while (rows.Count < MaxBatch && reader.TryRead(out var item))
        {
            if (item.Row is { } row)
            {
                rows.Add(row);
            }
            else if (item.Flushed is { } flushed)
            {
                flushes.Add(flushed);
            }
        }
    }

    private async Task WriteAsync(string tenant, List<SearchQueryRecord> rows)
    {
        try
        {
            try
            {
                await store.AddRangeAsync(tenant, rows, CancellationToken.None);
                Interlocked.Increment(ref _transactions);
                return;
            }
            catch (Microsoft.EntityFrameworkCore.DbUpdateException ex) when (rows.Count > 1)
            {
                logger.QueryBatchFailed(ex, tenant, rows.Count);
            }

            // One bad row (an id another node chose too) must not cost the others: write them one by one, with
            // the ids the answers already carried.
            var stored = await store.AddEachAsync(tenant, rows, CancellationToken.None);
            if (stored < rows.Count)
            {
                logger.QueriesDropped(tenant, rows.Count - stored);
            }
        }
#pragma warning disable CA1031 // The log is an audience signal: a failed write is logged and dropped, the writer must survive it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.QueryWriteFailed(ex, tenant, rows.Count);
        }
    }

    /// <summary>A row to write, or a flush marker completed once everything before it is written.</summary>
    private readonly record struct Item(SearchQueryRecord? Row, TaskCompletionSource? Flushed);

    private sealed class TenantQueue
    {
        public TenantQueue(SearchQueryLog owner, string tenant)
        {
            Tenant = tenant;
            Channel = System.Threading.Channels.Channel.CreateUnbounded<Item>(new UnboundedChannelOptions { SingleReader = true });
            Loop = Task.Run(() => owner.RunAsync(this));
        }

        public string Tenant { get; }

        public Channel<Item> Channel { get; }

        public Task Loop { get; }
    }
}
