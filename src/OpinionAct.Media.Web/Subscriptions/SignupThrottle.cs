using Microsoft.Extensions.Options;
using OpinionAct.Media.Web.ScaleOut;

namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// Signup rate limits, per tenant: per client IP per minute and per address per hour, each a fixed window. The counts
/// live in <see cref="IRateCounters"/>: this node's memory on a lone node, Redis on a cluster member (shared by every
/// node, so a client does not get one allowance per node; per node again only while Redis is away, see
/// docs/scale-out.md).
/// </summary>
public sealed class SignupThrottle(IOptions<SubscriptionOptions> options, IRateCounters counters)
{
    /// <summary>Null when allowed; otherwise how long the client should wait (for Retry-After).</summary>
    public ValueTask<TimeSpan?> ClientAsync(string tenant, string clientKey) =>
        counters.TakeAsync($"signup|client|{tenant}|{clientKey}", new RateRule(options.Value.SignupsPerClientPerMinute, TimeSpan.FromMinutes(1)));

    /// <summary>Null when allowed; otherwise how long before this address may be signed up again.</summary>
    public ValueTask<TimeSpan?> AddressAsync(string tenant, string normalizedEmail) =>
        counters.TakeAsync($"signup|address|{tenant}|{normalizedEmail}", new RateRule(options.Value.SignupsPerAddressPerHour, TimeSpan.FromHours(1)));
}
