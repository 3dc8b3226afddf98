using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace OpinionAct.Media.Web.ScaleOut;

/// <summary>
/// Counts in this node's memory: a lone node's counters, and a cluster member's while Redis is away. Fixed windows are
/// the framework's fixed-window limiters (idle partitions dropped by the limiter itself); sliding windows keep the
/// times of the newest events per key, swept now and then.
/// </summary>
public sealed class LocalRateCounters(TimeProvider clock) : IRateCounters, IDisposable
{
    private const int SweepEvery = 1024;

    private readonly PartitionedRateLimiter<(string Key, int Limit, TimeSpan Window)> _fixed =
        PartitionedRateLimiter.Create<(string Key, int Limit, TimeSpan Window), (string, int, TimeSpan)>(
            partition => RateLimitPartition.GetFixedWindowLimiter(partition, p => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, p.Item2),
                Window = p.Item3,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));

    private readonly ConcurrentDictionary<string, SlidingWindow> _sliding = new(StringComparer.Ordinal);
    private int _operations;

    public ValueTask<TimeSpan?> TakeAsync(string key, RateRule rule, int permits = 1)
    {
        using var lease = _fixed.AttemptAcquire((key, rule.Permits, rule.Window), Math.Clamp(permits, 1, rule.Permits));
        if (lease.IsAcquired)
        {
            return ValueTask.FromResult<TimeSpan?>(null);
        }

        // The limiter's hint can be two windows when a whole window's worth is asked of an empty one; a fixed window
        // never needs more than one to make room for at most its limit.
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : rule.Window;
        return ValueTask.FromResult<TimeSpan?>(wait > rule.Window ? rule.Window : wait);
    }

    public ValueTask<TimeSpan?> WaitAsync(string key, RateRule rule) =>
        ValueTask.FromResult(_sliding.TryGetValue(key, out var window) ? window.RetryAfter(clock.GetUtcNow(), rule.Window, rule.Permits) : null);

    public ValueTask AddAsync(string key, RateRule rule)
    {
        var now = clock.GetUtcNow();
        _sliding.GetOrAdd(key, _ => new SlidingWindow()).Add(now, rule.Window, rule.Permits);
        if (Interlocked.Increment(ref _operations) % SweepEvery == 0)
        {
            Sweep(now);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ResetAsync(string key)
    {
        _sliding.TryRemove(key, out _);
        return ValueTask.CompletedTask;
    }

    public void Dispose() => _fixed.Dispose();

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, value) in _sliding)
        {
            if (value.IsIdle(now))
            {
                _sliding.TryRemove(key, out _);
            }
        }
    }

    /// <summary>The times of recent events under one key, at most the limit of them, and the window they were added with.</summary>
    private sealed class SlidingWindow
    {
        private readonly Queue<DateTimeOffset> _events = new();
        private TimeSpan _window;

        public TimeSpan? RetryAfter(DateTimeOffset now, TimeSpan window, int limit)
        {
            lock (_events)
            {
                Expire(now, window);
                return _events.Count >= limit ? _events.Peek() + window - now : null;
            }
        }

        public void Add(DateTimeOffset now, TimeSpan window, int limit)
        {
            lock (_events)
            {
                _window = window;
                Expire(now, window);
                _events.Enqueue(now);
                while (_events.Count > limit)
                {
                    _events.Dequeue();
                }
            }
        }

        public bool IsIdle(DateTimeOffset now)
        {
            lock (_events)
            {
                Expire(now, _window);
                return _events.Count == 0;
            }
        }

        private void Expire(DateTimeOffset now, TimeSpan window)
        {
            while (_events.Count > 0 && _events.Peek() + window <= now)
            {
                _events.Dequeue();
            }
        }
    }
}
