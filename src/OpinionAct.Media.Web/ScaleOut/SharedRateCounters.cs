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

    public async ValueTask<TimeSpan?> TakeAsync(string key, RateRule rule, int permits = 1)
    {
        if (Database() is { } database)
        {
            try
            {
                var wait = await RedisRateCounters.TakeAsync(database, key, rule, permits).WaitAsync(CallBudget, clock);
                Shared();
                return wait;
            }
            catch (Exception ex) when (IsOutage(ex))
            {
                Failed(ex);
            }
        }

        return await local.TakeAsync(key, rule, permits);
    }

    public async ValueTask<TimeSpan?> WaitAsync(string key, RateRule rule)
    {
        if (Database() is { } database)
        {
            try
            {
                var wait = await RedisRateCounters.WaitAsync(database, key, rule, clock.GetUtcNow()).WaitAsync(CallBudget, clock);
                Shared();
                return wait;
            }
            catch (Exception ex) when (IsOutage(ex))
            {
                Failed(ex);
            }
        }

        return await local.WaitAsync(key, rule);
    }

    public async ValueTask AddAsync(string key, RateRule rule)
    {
        if (Database() is { } database)
        {
            try
            {
                await RedisRateCounters.AddAsync(database, key, rule, clock.GetUtcNow()).WaitAsync(CallBudget, clock);
                Shared();
                return;
            }
            catch (Exception ex) when (IsOutage(ex))
            {
                Failed(ex);
            }
        }

        await local.AddAsync(key, rule);
    }

    public async ValueTask ResetAsync(string key)
    {
        // Both: a failure counted locally during an outage must not outlive the success that clears it.
        await local.ResetAsync(key);
        if (Database() is { } database)
        {
            try
            {
                await RedisRateCounters.ResetAsync(database, key).WaitAsync(CallBudget, clock);
                Shared();
            }
            catch (Exception ex) when (IsOutage(ex))
            {
                Failed(ex);
            }
        }
    }

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
