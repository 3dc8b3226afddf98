using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Analytics;
using OpinionAct.Media.Data.Analytics;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Hosting;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>
/// Group commit: one writer per tenant drains every request waiting in its queue, inserts all their
/// events in one transaction, and only then completes each request (which answers 202). Under load
/// one commit serves hundreds of requests; alone, a request waits for one small transaction.
/// The loop keeps one <see cref="AnalyticsEventSession"/> (connection and prepared inserts) per tenant.
/// </summary>
public sealed partial class AnalyticsEventWriter(AnalyticsEventStore store, IOptions<AnalyticsOptions> options, ILogger<AnalyticsEventWriter> logger)
    : ITenantResourceOwner, IAsyncDisposable
{
    // Lazy: GetOrAdd may run its factory on several threads at once and keep one result; only the kept
    // Lazy is ever evaluated, so exactly one writer loop starts per queue.
    private readonly ConcurrentDictionary<string, Lazy<TenantQueue>> _queues = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _dirty = new(StringComparer.Ordinal);
    private int _loopsStarted;

    /// <summary>Writer loops started so far (tests check that one tenant never gets two).</summary>
    internal int LoopsStarted => Volatile.Read(ref _loopsStarted);

    /// <summary>Test hook: called while a tenant's queue is being added, so a test can make two callers race there.</summary>
    internal Action<string>? AddingQueue { get; set; }

    /// <summary>Completes once the rows are committed; faults if the commit failed.</summary>
    public async Task WriteAsync(string tenant, IReadOnlyList<AnalyticsEventRecord> rows, CancellationToken cancellationToken)
    {
        var pending = new PendingWrite(rows, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        while (true)
        {
            var entry = _queues.GetOrAdd(tenant, name =>
            {
                AddingQueue?.Invoke(name);
                return new Lazy<TenantQueue>(() => new TenantQueue(this, name), LazyThreadSafetyMode.ExecutionAndPublication);
            });
            if (entry.Value.Channel.Writer.TryWrite(pending))
            {
                break;
            }

            // The queue was closed by a tenant release between GetOrAdd and TryWrite: take a new one.
            _queues.TryRemove(new KeyValuePair<string, Lazy<TenantQueue>>(tenant, entry));
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
        if (_queues.TryRemove(tenant, out var entry))
        {
            // Evaluated even if nobody has yet: a writer holding this entry will find it closed and take a new one.
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

    private async Task RunAsync(TenantQueue queue)
    {
        Interlocked.Increment(ref _loopsStarted);
        var reader = queue.Channel.Reader;
        var batch = new List<PendingWrite>();
        AnalyticsEventSession? session = null;
        try
        {
            while (await reader.WaitToReadAsync())
            {
                var events = Drain(reader, batch, 0);
                if (events < 64)
                {
                    // Let requests already being handled join this commit: one yield costs microseconds,
                    // a commit of its own costs each of them far more.
                    await Task.Yield();
                    events = Drain(reader, batch, events);
                }

                var started = Stopwatch.GetTimestamp();
                using var activity = MediaTelemetry.Source.StartActivity("analytics group commit");
                activity?.SetTag("media.tenant", queue.Tenant);
                activity?.SetTag("media.events", events);
                try
                {
                    session ??= await store.OpenSessionAsync(queue.Tenant, CancellationToken.None);
                    await session.CommitAsync(batch.Count == 1 ? batch[0].Rows : batch.SelectMany(p => p.Rows).ToList(), CancellationToken.None);
                    IngestionTelemetry.Committed(queue.Tenant, events, Stopwatch.GetElapsedTime(started));
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

                    if (session is not null)
                    {
                        await session.DisposeAsync();
                        session = null;
                    }
                }

                batch.Clear();
            }
        }
        finally
        {
            if (session is not null)
            {
                await session.DisposeAsync();
            }
        }
    }

    private int Drain(ChannelReader<PendingWrite> reader, List<PendingWrite> batch, int events)
    {
        while (events < options.Value.MaxBatchEvents && reader.TryRead(out var pending))
        {
            batch.Add(pending);
            events += pending.Rows.Count;
        }

        return events;
    }

    private sealed record PendingWrite(IReadOnlyList<AnalyticsEventRecord> Rows, TaskCompletionSource Done);

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
