using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace OpinionAct.Media.Web.Accounts;

/// <summary>
/// Slows password guessing on every sign-in surface (agency console, editor admin, and later the token
/// endpoint) without letting a stranger lock an editor out: failures are counted per client address,
/// per account from one address, and per account from everywhere, each in a sliding window. The
/// per-account-from-one-address limit is the one a real editor meets; the all-addresses limit is high,
/// so blocking an account needs many addresses and stops when they stop.
/// </summary>
/// <remarks>
/// Counters are per node and in memory; keys are the typed email (whether or not the account exists,
/// so a refusal says nothing about existence) and the client address.
/// </remarks>
public sealed class SignInThrottle(IOptions<SignInThrottleOptions> options, TimeProvider clock)
{
    private const int SweepEvery = 1024;

    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private int _operations;

    /// <summary>How long to wait before trying again, or null when this attempt may go ahead.</summary>
    public TimeSpan? RetryAfter(string surface, string address, string account)
    {
        var o = options.Value;
        var now = clock.GetUtcNow();
        TimeSpan? wait = null;
        foreach (var (key, limit) in Keys(surface, address, account, o))
        {
            if (_windows.TryGetValue(key, out var window) && window.RetryAfter(now, o.Window, limit) is { } w && (wait is null || w > wait))
            {
                wait = w;
            }
        }

        return wait;
    }

    public void RecordFailure(string surface, string address, string account)
    {
        var o = options.Value;
        var now = clock.GetUtcNow();
        foreach (var (key, limit) in Keys(surface, address, account, o))
        {
            _windows.GetOrAdd(key, _ => new Window()).Add(now, o.Window, limit);
        }

        if (Interlocked.Increment(ref _operations) % SweepEvery == 0)
        {
            Sweep(now, o.Window);
        }
    }

    /// <summary>The <c>Retry-After</c> value for a wait: whole seconds, at least one.</summary>
    public static string RetryAfterHeader(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A successful sign-in clears the failures of that account from that address.</summary>
    public void RecordSuccess(string surface, string address, string account) =>
        _windows.TryRemove(AccountAtAddress(surface, address, account), out _);

    private static IEnumerable<(string Key, int Limit)> Keys(string surface, string address, string account, SignInThrottleOptions o)
    {
        yield return ($"{surface}|a|{address}", o.FailuresPerAddress);
        yield return (AccountAtAddress(surface, address, account), o.FailuresPerAccountAndAddress);
        yield return ($"{surface}|u|{Normalise(account)}", o.FailuresPerAccount);
    }

    private static string AccountAtAddress(string surface, string address, string account) => $"{surface}|ua|{Normalise(account)}|{address}";

    private static string Normalise(string account) => account.Trim().ToUpperInvariant();

    private void Sweep(DateTimeOffset now, TimeSpan window)
    {
        foreach (var (key, value) in _windows)
        {
            if (value.IsIdle(now, window))
            {
                _windows.TryRemove(key, out _);
            }
        }
    }

    /// <summary>The times of recent failures under one key, at most the limit of them.</summary>
    private sealed class Window
    {
        private readonly Queue<DateTimeOffset> _failures = new();

        public TimeSpan? RetryAfter(DateTimeOffset now, TimeSpan window, int limit)
        {
            lock (_failures)
            {
                Expire(now, window);
                return _failures.Count >= limit ? _failures.Peek() + window - now : null;
            }
        }

        public void Add(DateTimeOffset now, TimeSpan window, int limit)
        {
            lock (_failures)
            {
                Expire(now, window);
                _failures.Enqueue(now);
                while (_failures.Count > limit)
                {
                    _failures.Dequeue();
                }
            }
        }

        public bool IsIdle(DateTimeOffset now, TimeSpan window)
        {
            lock (_failures)
            {
                Expire(now, window);
                return _failures.Count == 0;
            }
        }

        private void Expire(DateTimeOffset now, TimeSpan window)
        {
            while (_failures.Count > 0 && _failures.Peek() + window <= now)
            {
                _failures.Dequeue();
            }
        }
    }
}
