using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Newsletters;

namespace OpinionAct.Media.Web.Subscriptions;

public sealed partial class SubscriptionService
{
    /// <summary>The subscribers page's figures: how many subscribers, how many confirmed somewhere, and the 50 most recently suppressed.</summary>
    public async Task<SubscriberOverview> OverviewAsync(CancellationToken cancellationToken)
    {
        var total = await db.Subscribers.CountAsync(cancellationToken);
        var confirmed = await db.Subscribers.CountAsync(s => s.Subscriptions.Any(x => x.State == SubscriptionState.Confirmed), cancellationToken);
        var suppressed = await db.Subscribers.AsNoTracking().Where(s => s.SuppressedUtc != null).OrderByDescending(s => s.SuppressedUtc).Take(50).ToListAsync(cancellationToken);
        var suppressedCount = await db.Subscribers.CountAsync(s => s.SuppressedUtc != null, cancellationToken);
        return new SubscriberOverview(total, confirmed, suppressedCount, suppressed);
    }
}
