using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Analytics;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>
/// Events per visitor key per minute, per node (the framework's fixed-window limiter, one partition
/// per tenant and key; idle partitions are dropped by the limiter itself).
/// </summary>
public sealed class AnalyticsRateLimiter(IOptions<AnalyticsOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<(string Tenant, long Key)> _limiter = PartitionedRateLimiter.Create<(string Tenant, long Key), (string, long)>(
        key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.EventsPerMinutePerVisitor),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public RateLimitLease Acquire(string tenant, long visitorKey, int events) =>
        _limiter.AttemptAcquire((tenant, visitorKey), Math.Min(events, Math.Max(1, options.Value.EventsPerMinutePerVisitor)));

    public void Dispose() => _limiter.Dispose();
}
