using Microsoft.Extensions.Options;
using OpinionAct.Media.Web.ScaleOut;

namespace OpinionAct.Media.Web.Questions;

/// <summary>
/// Question rate limits, per tenant, in the same <see cref="IRateCounters"/> as the signup throttle (Redis on a
/// cluster member, so a client does not get one allowance per node).
/// </summary>
public sealed class QuestionThrottle(IOptions<QuestionOptions> options, IRateCounters counters)
{
    public ValueTask<TimeSpan?> ClientAsync(string tenant, string clientKey) =>
        counters.TakeAsync($"question|client|{tenant}|{clientKey}", new RateRule(options.Value.PerClientPer10Minutes, TimeSpan.FromMinutes(10)));

    public ValueTask<TimeSpan?> AddressAsync(string tenant, string normalizedEmail) =>
        counters.TakeAsync($"question|address|{tenant}|{normalizedEmail}", new RateRule(options.Value.PerAddressPerDay, TimeSpan.FromDays(1)));
}
