using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Analytics;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>
/// Events per minute, per node, with the framework's fixed-window limiter (idle partitions are
/// dropped by the limiter itself): per visitor key (tenant, key), and, coarser, per client address
/// (tenant, address), so a client cannot escape the first by sending a new user agent each time.
/// </summary>
public sealed class AnalyticsRateLimiter(IOptions<AnalyticsOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<(string Tenant, long Key)> _visitors = PartitionedRateLimiter.Create<(string Tenant, long Key), (string, long)>(
        key => RateLimitPartition.GetFixedWindowLimiter(key, _ => PerMinute(options.Value.EventsPerMinutePerVisitor)));

    private readonly PartitionedRateLimiter<(string Tenant, string Address)> _addresses = PartitionedRateLimiter.Create<(string Tenant, string Address), (string, string)>(
        key => RateLimitPartition.GetFixedWindowLimiter(key, _ => PerMinute(options.Value.AddressLimit)));

    public RateLimitLease Acquire(string tenant, long visitorKey, int events) =>
        _visitors.AttemptAcquire((tenant, visitorKey), Math.Min(events, Math.Max(1, options.Value.EventsPerMinutePerVisitor)));

    public RateLimitLease AcquireForAddress(string tenant, string address, int events) =>
        _addresses.AttemptAcquire((tenant, address), Math.Min(events, Math.Max(1, options.Value.AddressLimit)));

    public void Dispose()
    {
        _visitors.Dispose();
        _addresses.Dispose();
    }

    private static FixedWindowRateLimiterOptions PerMinute(int limit) => new()
    {
        PermitLimit = Math.Max(1, limit),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };
}
