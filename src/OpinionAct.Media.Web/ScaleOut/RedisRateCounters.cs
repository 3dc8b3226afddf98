using System.Security.Cryptography;
using System.Text;
using StackExchange.Redis;

namespace OpinionAct.Media.Web.ScaleOut;

/// <summary>
/// The counts in Redis, shared by every node: each check is one Lua script, so it is atomic whatever the other nodes
/// do at the same time. A fixed window is a counter whose time to live is the window (set when the window opens), so
/// its TTL is the Retry-After; a sliding window is a sorted set of event times. Keys are hashed: what Redis holds names
/// no address and no email.
/// </summary>
internal static class RedisRateCounters
{
    // Takes ARGV[1] permits of ARGV[2] when they fit, opening a window of ARGV[3] ms on the first; returns -1 when
    // taken, else the window's milliseconds left.
    private const string TakeScript = """
        local used = tonumber(redis.call('GET', KEYS[1]) or '0')
        local permits = tonumber(ARGV[1])
        if used + permits > tonumber(ARGV[2]) then
          local left = redis.call('PTTL', KEYS[1])
          if left < 0 then
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            left = tonumber(ARGV[3])
          end
          return left
        end
        if redis.call('INCRBY', KEYS[1], permits) == permits then
          redis.call('PEXPIRE', KEYS[1], ARGV[3])
        end
        return -1
        """;

    // ARGV: now (ms), window (ms), limit. Drops events that left the window; returns -1 below the limit, else the
    // milliseconds until the oldest leaves it.
    private const string WaitScript = """
        local now = tonumber(ARGV[1])
        local window = tonumber(ARGV[2])
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
        if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[3]) then
          return -1
        end
        local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
        return tonumber(oldest[2]) + window - now
        """;

    // ARGV: now (ms), window (ms), limit, a unique member. Adds the event, keeps the newest `limit`, and lets the set
    // expire a window after its newest event.
    private const string AddScript = """
        local now = tonumber(ARGV[1])
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[2]))
        redis.call('ZADD', KEYS[1], now, ARGV[4])
        redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -(tonumber(ARGV[3]) + 1))
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        return 0
        """;

    public static async Task<TimeSpan?> TakeAsync(IDatabase database, string key, RateRule rule, int permits)
    {
        var result = await database.ScriptEvaluateAsync(TakeScript, [Key(key)], [Math.Clamp(permits, 1, rule.Permits), rule.Permits, Milliseconds(rule.Window)]);
        return Wait((long)result);
    }

    public static async Task<TimeSpan?> WaitAsync(IDatabase database, string key, RateRule rule, DateTimeOffset now)
    {
        var result = await database.ScriptEvaluateAsync(WaitScript, [Key(key)], [now.ToUnixTimeMilliseconds(), Milliseconds(rule.Window), rule.Permits]);
        return Wait((long)result);
    }

    public static Task AddAsync(IDatabase database, string key, RateRule rule, DateTimeOffset now) =>
        database.ScriptEvaluateAsync(AddScript, [Key(key)], [now.ToUnixTimeMilliseconds(), Milliseconds(rule.Window), rule.Permits, Guid.NewGuid().ToString("N")]);

    public static Task ResetAsync(IDatabase database, string key) => database.KeyDeleteAsync(Key(key));

    /// <summary>The Redis key of a throttle's key (the cluster prefix is added by the database).</summary>
    internal static RedisKey Key(string key) => "rate:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));

    private static long Milliseconds(TimeSpan window) => Math.Max(1, (long)window.TotalMilliseconds);

    private static TimeSpan? Wait(long milliseconds) => milliseconds < 0 ? null : TimeSpan.FromMilliseconds(Math.Max(1, milliseconds));
}
