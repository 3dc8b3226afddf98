using System.Collections.Concurrent;

namespace OpinionAct.Media.Web.ScaleOut;

/// <summary>
/// Counts in this node's memory: a lone node's counters, and a cluster member's while Redis is away. Fixed windows are
/// one small counter per key, started by the key's first take and locked on its own; sliding windows keep the times of
/// the newest events per key. Idle keys of both are swept together, at most every 30 s of the injected clock.
/// </summary>
/// <remarks>
/// The fixed windows were the framework's partitioned fixed-window limiter until issue 15: it takes one lock for every
/// partition on each acquire and, every 100 ms, walks every partition under that lock to replenish it, which with the
/// event API's two keys per reader (tens of thousands under load) was about 7 % of the node's CPU in events-wrk's profile.
/// </remarks>
public sealed class LocalRateCounters(TimeProvider clock) : IRateCounters, IDisposable
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, FixedWindow> _fixed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SlidingWindow> _sliding = new(StringComparer.Ordinal);
    private long _sweptTicks = clock.GetUtcNow().UtcTicks;

    public ValueTask<TimeSpan?> TakeAsync(string key, RateRule rule, int permits = 1)
    {
        var now = clock.GetUtcNow();
        TimeSpan? wait;
        while (true)
        {
            var window = _fixed.GetOrAdd(key, static _ => new FixedWindow());
            if (window.TryTake(now, rule.Window, rule.Permits, Math.Clamp(permits, 1, rule.Permits), out wait))
            {
                break;
            }

            // Retired by a sweep between the look-up and the take: start a new one.
            _fixed.TryRemove(new KeyValuePair<string, FixedWindow>(key, window));
        }

        SweepIfDue(now);
        return ValueTask.FromResult(wait);
    }

    public ValueTask<TimeSpan?> WaitAsync(string key, RateRule rule) =>
        ValueTask.FromResult(_sliding.TryGetValue(key, out var window) ? window.RetryAfter(clock.GetUtcNow(), rule.Window, rule.Permits) : null);

    public ValueTask AddAsync(string key, RateRule rule)
    {
        var now = clock.GetUtcNow();
        _sliding.GetOrAdd(key, _ => new SlidingWindow()).Add(now, rule.Window, rule.Permits);
        SweepIfDue(now);
        return ValueTask.CompletedTask;
    }

    public ValueTask ResetAsync(string key)
    {
        _sliding.TryRemove(key, out _);
        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        _fixed.Clear();
        _sliding.Clear();
    }

    /// <summary>Drops the keys of both kinds whose windows are over, once per interval (one caller does it).</summary>
    private void SweepIfDue(DateTimeOffset now)
    {
        var swept = Volatile.Read(ref _sweptTicks);
        if (now.UtcTicks - swept < SweepInterval.Ticks || Interlocked.CompareExchange(ref _sweptTicks, now.UtcTicks, swept) != swept)
        {
            return;
        }

        foreach (var (key, value) in _fixed)
        {
            if (value.TryRetire(now))
            {
                _fixed.TryRemove(new KeyValuePair<string, FixedWindow>(key, value));
            }
        }

        foreach (var (key, value) in _sliding)
        {
            if (value.IsIdle(now))
            {
                _sliding.TryRemove(key, out _);
            }
        }
    }

    /// <summary>
    /// One key's current fixed window: it starts at the first take after the previous one ended, and counts the permits
    /// taken in it. A refused take takes nothing and waits for the window's end (at most one window). A sweep retires
    /// a window that is over, under the same lock, so no take can land in a window that is being removed.
    /// </summary>
    private sealed class FixedWindow
    {
        private readonly Lock _gate = new();
        private DateTimeOffset _end;
        private int _taken;
        private bool _retired;

        /// <summary>False when the window was retired (the caller takes from a new one); else <paramref name="wait"/> is null or how long to wait.</summary>
        public bool TryTake(DateTimeOffset now, TimeSpan window, int limit, int permits, out TimeSpan? wait)
        {
            lock (_gate)
            {
                wait = null;
                if (_retired)
                {
                    return false;
                }

                if (now >= _end)
                {
                    _end = now + window;
                    _taken = 0;
                }

                if (_taken + permits <= limit)
                {
                    _taken += permits;
                    return true;
                }

                var left = _end - now;
                wait = left > window ? window : left;
                return true;
            }
        }

        /// <summary>Retires the window when it is over (nothing taken in it counts any more).</summary>
        public bool TryRetire(DateTimeOffset now)
        {
            lock (_gate)
            {
                _retired |= now >= _end;
                return _retired;
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
