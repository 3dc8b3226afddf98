using Microsoft.Extensions.Options;
using OpinionAct.Media.Analytics;
using OpinionAct.Media.Web.ScaleOut;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>
/// Events per minute, each a fixed window: per visitor key (tenant, key), and, coarser, per client address (tenant,
/// address), so a client cannot escape the first by sending a new user agent each time. A batch counts as many
/// events as it holds (at most the limit). The counts live in <see cref="IRateCounters"/>: this node's memory on a
/// lone node, Redis on a cluster member, shared by every node (per node again only while Redis is away).
/// </summary>
public sealed class AnalyticsRateLimiter(IOptions<AnalyticsOptions> options, IRateCounters counters)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    /// <summary>Null when the visitor may send <paramref name="events"/> more now; otherwise how long to wait.</summary>
    public ValueTask<TimeSpan?> AcquireAsync(string tenant, long visitorKey, int events) =>
        counters.TakeAsync($"events|visitor|{tenant}|{visitorKey}", new RateRule(options.Value.EventsPerMinutePerVisitor, Minute), events);

    /// <summary>Null when the client address may send <paramref name="events"/> more now; otherwise how long to wait.</summary>
    public ValueTask<TimeSpan?> AcquireForAddressAsync(string tenant, string address, int events) =>
        counters.TakeAsync($"events|address|{tenant}|{address}", new RateRule(options.Value.AddressLimit, Minute), events);
}
