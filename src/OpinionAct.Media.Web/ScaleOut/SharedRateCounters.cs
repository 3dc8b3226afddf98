using StackExchange.Redis;

namespace OpinionAct.Media.Web.ScaleOut;

/// <summary>
/// A cluster member's counters: in Redis while it answers, else in this node's memory (<see cref="LocalRateCounters"/>),
/// so a lost Redis never fails a request and never makes one wait on a dead connection. The switch is logged once per
/// outage each way (events 2520 and 2521), not per request.
/// </summary>
/// <remarks>
/// A request does not wait for Redis when the connection is known to be down (<see cref="ClusterRedis.TryDatabase"/>),
/// nor for <see cref="Pause"/> after a call failed or took longer than <see cref="CallBudget"/>: while the client has not
/// yet noticed a dead server, every call would otherwise wait out its 2 s timeout. Counts made locally meanwhile are not
/// copied to Redis afterwards: an outage gives each node its own allowance for its length, no more.
/// </remarks>
internal sealed class SharedRateCounters(ClusterRedis redis, LocalRateCounters local, TimeProvider clock, ILogger<SharedRateCounters> logger) : IRateCounters
{
    /// <summary>The longest a request waits for Redis before counting locally.</summary>
    internal static readonly TimeSpan CallBudget = TimeSpan.FromMilliseconds(500);

    /// <summary>How long counting stays local after a failed or slow call before Redis is tried again.</summary>
    internal static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);

    private long _pausedUntilTicks;
    private int _degraded;

    public async ValueTask<TimeSpan?> TakeAsync(string key, RateRule rule, int permits = 1) =>
        await InRedisAsync(database => RedisRateCounters.TakeAsync(database, key, rule, permits)) is (true, var wait)
            ? wait
            : await local.TakeAsync(key, rule, permits);

    public async ValueTask<TimeSpan?> WaitAsync(string key, RateRule rule) =>
        await InRedisAsync(database => RedisRateCounters.WaitAsync(database, key, rule, clock.GetUtcNow())) is (true, var wait)
            ? wait
            : await local.WaitAsync(key, rule);

    public async ValueTask AddAsync(string key, RateRule rule)
    {
        if (!await DoneInRedisAsync(database => RedisRateCounters.AddAsync(database, key, rule, clock.GetUtcNow())))
        {
            await local.AddAsync(key, rule);
        }
    }

    public async ValueTask ResetAsync(string key)
    {
        // Both: a failure counted locally during an outage must not outlive the success that clears it.
        await local.ResetAsync(key);
        await DoneInRedisAsync(database => RedisRateCounters.ResetAsync(database, key));
    }

    /// <summary>
    /// Runs one counter call in Redis within <see cref="CallBudget"/>; not done when counting stays local (Redis down,
    /// paused after a failure, or this call failed or was too slow, which starts a pause).
    /// </summary>
    private async Task<(bool Done, TimeSpan? Wait)> InRedisAsync(Func<IDatabase, Task<TimeSpan?>> call)
    {
        if (Database() is not { } database)
        {
            return (false, null);
        }

        try
        {
            var wait = await call(database).WaitAsync(CallBudget, clock);
            Shared();
            return (true, wait);
        }
        catch (Exception ex) when (IsOutage(ex))
        {
            Failed(ex);
            return (false, null);
        }
    }

    private async Task<bool> DoneInRedisAsync(Func<IDatabase, Task> call) =>
        (await InRedisAsync(async database =>
        {
            await call(database);
            return (TimeSpan?)null;
        })).Done;

    private static bool IsOutage(Exception ex) => ex is RedisException or TimeoutException;

    /// <summary>The shared database, or null when counting stays local for now (logged when that starts).</summary>
    private IDatabase? Database()
    {
        if (clock.GetUtcNow().UtcTicks < Volatile.Read(ref _pausedUntilTicks))
        {
            return null;
        }

        if (redis.TryDatabase(out var database))
        {
            return database;
        }

        // Before the first connection attempt has ended (moments after start) there is no outage to report yet.
        if (redis.Connection is not null && Interlocked.Exchange(ref _degraded, 1) == 0)
        {
            logger.RateLimitsLocal("no connection");
        }

        return null;
    }

    private void Shared()
    {
        if (Volatile.Read(ref _degraded) == 1 && Interlocked.Exchange(ref _degraded, 0) == 1)
        {
            logger.RateLimitsShared();
        }
    }

    private void Failed(Exception ex)
    {
        Volatile.Write(ref _pausedUntilTicks, (clock.GetUtcNow() + Pause).UtcTicks);
        if (Interlocked.Exchange(ref _degraded, 1) == 0)
        {
            // The type only: a message may quote the configuration's end points, never a password, but say no more than needed.
            logger.RateLimitsLocal(ex.GetType().Name);
        }
    }
}
