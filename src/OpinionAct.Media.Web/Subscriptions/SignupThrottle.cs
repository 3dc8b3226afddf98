using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// Signup rate limits, per tenant: per client IP per minute and per address per hour, with the framework's
/// fixed-window limiters. Per node and in memory: behind a load balancer each node counts on its own
/// (a shared Redis limiter is the scale-out step, see docs/newsletters.md).
/// </summary>
public sealed class SignupThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _clients;
    private readonly PartitionedRateLimiter<string> _addresses;

    public SignupThrottle(IOptions<SubscriptionOptions> options)
    {
        var settings = options.Value;
        _clients = Create(settings.SignupsPerClientPerMinute, TimeSpan.FromMinutes(1));
        _addresses = Create(settings.SignupsPerAddressPerHour, TimeSpan.FromHours(1));
    }

    /// <summary>Null when allowed; otherwise how long the client should wait (for Retry-After).</summary>
    public TimeSpan? Client(string tenant, string clientKey) => Acquire(_clients, $"{tenant}|{clientKey}");

    /// <summary>Null when allowed; otherwise how long before this address may be signed up again.</summary>
    public TimeSpan? Address(string tenant, string normalizedEmail) => Acquire(_addresses, $"{tenant}|{normalizedEmail}");

    public void Dispose()
    {
        _clients.Dispose();
        _addresses.Dispose();
    }

    private static TimeSpan? Acquire(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    private static PartitionedRateLimiter<string> Create(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
