using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Analytics;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Data.Webhooks;
using OpinionAct.Media.Webhooks;

namespace OpinionAct.Media.Data.Subscriptions;

/// <summary>
/// Subscribers of a tenant's database with their subscriptions, consent records and delivery reports: signup,
/// preferences, unsubscribe, erase, suppression, CSV import and export. Tracked records come back for changes
/// saved with <see cref="SaveChangesAsync"/>; a multi-step write runs whole in <see cref="InTransactionAsync{T}"/>.
/// </summary>
public sealed class SubscriberStore(TenantDbContext db, WebhookOutbox webhooks)
{
    /// <summary>Runs <paramref name="work"/> in one transaction: committed when it returns, rolled back when it throws.</summary>
    public async Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public Task<int> SaveChangesAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    /// <summary>Forgets every tracked record (after a failed write, or between the chunks of an import).</summary>
    public void ClearTracking() => db.ChangeTracker.Clear();

    public void Add(SubscriberRecord subscriber) => db.Subscribers.Add(subscriber);

    public void AddConsent(SubscriberConsentRecord consent) => db.SubscriberConsents.Add(consent);

    public void AddReport(DeliveryReportRecord report) => db.DeliveryReports.Add(report);

    /// <summary>The subscriber with this address, tracked.</summary>
    public Task<SubscriberRecord?> FindByEmailTrackedAsync(string email, CancellationToken cancellationToken) =>
        db.Subscribers.FirstOrDefaultAsync(s => s.Email == email, cancellationToken);

    /// <summary>The subscribers with these addresses, tracked, by address (one query for a batch of reports).</summary>
    public Task<Dictionary<string, SubscriberRecord>> FindByEmailsTrackedAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken) =>
        db.Subscribers.Where(s => emails.Contains(s.Email)).ToDictionaryAsync(s => s.Email, StringComparer.Ordinal, cancellationToken);

    /// <summary>The subscriber with this address and its subscriptions, tracked.</summary>
    public Task<SubscriberRecord?> FindByEmailWithSubscriptionsTrackedAsync(string email, CancellationToken cancellationToken) =>
        db.Subscribers.Include(s => s.Subscriptions).FirstOrDefaultAsync(s => s.Email == email, cancellationToken);

    /// <summary>The subscribers with these addresses and their subscriptions, tracked, by address.</summary>
    public Task<Dictionary<string, SubscriberRecord>> FindByEmailsWithSubscriptionsTrackedAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken) =>
        db.Subscribers.Include(s => s.Subscriptions).Where(s => emails.Contains(s.Email)).ToDictionaryAsync(s => s.Email, StringComparer.Ordinal, cancellationToken);

    /// <summary>The subscriber and its subscriptions, not tracked.</summary>
    public Task<SubscriberRecord?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Subscribers.AsNoTracking().Include(s => s.Subscriptions).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    /// <summary>The subscriber and its subscriptions, tracked.</summary>
    public Task<SubscriberRecord?> FindTrackedAsync(int id, CancellationToken cancellationToken) =>
        db.Subscribers.Include(s => s.Subscriptions).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    /// <summary>True when a confirmation email was sent to the subscriber after <paramref name="since"/>.</summary>
    public Task<bool> ConfirmationSentSinceAsync(int subscriberId, DateTime since, CancellationToken cancellationToken) =>
        db.SubscriberConsents.AnyAsync(c => c.SubscriberId == subscriberId && c.ConfirmationSentUtc != null && c.ConfirmationSentUtc > since, cancellationToken);

    /// <summary>Which of these subscribers were sent a confirmation email after <paramref name="since"/>.</summary>
    public Task<List<int>> ConfirmationSentSinceAsync(IReadOnlyCollection<int> subscriberIds, DateTime since, CancellationToken cancellationToken) =>
        db.SubscriberConsents.Where(c => subscriberIds.Contains(c.SubscriberId) && c.ConfirmationSentUtc > since).Select(c => c.SubscriberId).ToListAsync(cancellationToken);

    /// <summary>
    /// In one transaction: saves the tracked subscriber (new or changed, with its subscriptions), then adds
    /// <paramref name="consent"/> for it: the consent needs the subscriber's id, so a new subscriber is written first.
    /// </summary>
    public async Task SaveWithConsentAsync(SubscriberRecord subscriber, SubscriberConsentRecord consent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(consent);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        consent.SubscriberId = subscriber.Id;
        db.SubscriberConsents.Add(consent);
        await db.SaveChangesAsync(cancellationToken);
        if (consent.CountedSignup)
        {
            // The accepted sign-up is counted with the request that made it, or not at all.
            await AnalyticsSignupCounts.AddAsync(db, new AnalyticsSignupDailyRecord { Day = DateOnly.FromDateTime(consent.RequestedUtc), ArticleId = consent.ArticleId, Source = consent.ReaderSource, Accepted = 1 }, cancellationToken);
            await Ambassadors.AmbassadorSignupCounts.AddAsync(db, consent.AmbassadorId, DateOnly.FromDateTime(consent.RequestedUtc), consent.ArticleId, accepted: 1, confirmed: 0, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Unsubscribes from one newsletter (or every one when <paramref name="newsletterId"/> is null); idempotent.
    /// The subscriber.unsubscribed event, when a hook wants it, commits in the same transaction.
    /// </summary>
    public Task<int> UnsubscribeAsync(int subscriberId, int? newsletterId, DateTime now, CancellationToken cancellationToken) =>
        webhooks.WithEventAsync(WebhookEvents.SubscriberUnsubscribed, async (wanted, ct) =>
        {
            var open = db.Subscriptions
                .Where(s => s.SubscriberId == subscriberId && (newsletterId == null || s.NewsletterId == newsletterId) && s.State != SubscriptionState.Unsubscribed);
            var slugs = wanted ? await open.Select(s => s.Newsletter!.Slug).ToListAsync(ct) : [];
            var changed = await open.ExecuteUpdateAsync(set => set.SetProperty(s => s.State, SubscriptionState.Unsubscribed).SetProperty(s => s.UnsubscribedUtc, now), ct);
            if (!wanted || changed == 0)
            {
                return (changed, (System.Text.Json.Nodes.JsonObject?)null);
            }

            var email = await db.Subscribers.Where(s => s.Id == subscriberId).Select(s => s.Email).FirstAsync(ct);
            return (changed, WebhookData.Subscriber(subscriberId, email, slugs));
        }, cancellationToken);

    /// <summary>Everything stored about one subscriber, or null when there is none.</summary>
    public async Task<SubscriberHistory?> HistoryAsync(int subscriberId, CancellationToken cancellationToken)
    {
        var subscriber = await db.Subscribers.AsNoTracking().Include(s => s.Subscriptions).ThenInclude(s => s.Newsletter).FirstOrDefaultAsync(s => s.Id == subscriberId, cancellationToken);
        if (subscriber is null)
        {
            return null;
        }

        var consents = await db.SubscriberConsents.AsNoTracking().Where(c => c.SubscriberId == subscriberId).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var reports = await db.DeliveryReports.AsNoTracking().Where(r => r.SubscriberId == subscriberId).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return new SubscriberHistory(subscriber, consents, reports);
    }

    /// <summary>Erases the subscriber with subscriptions, consents and delivery reports (cascade). False when already gone.</summary>
    public async Task<bool> DeleteAsync(int subscriberId, CancellationToken cancellationToken) =>
        await db.Subscribers.Where(s => s.Id == subscriberId).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>Lifts the suppression of an address; false when it was not suppressed.</summary>
    public async Task<bool> UnsuppressAsync(string email, CancellationToken cancellationToken) =>
        await db.Subscribers.Where(s => s.Email == email && s.SuppressedUtc != null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.SuppressedUtc, (DateTime?)null).SetProperty(s => s.SuppressionReason, (string?)null).SetProperty(s => s.SoftBounces, 0), cancellationToken) > 0;

    /// <summary>Subscriptions per newsletter and state.</summary>
    public Task<List<SubscriptionCount>> SubscriptionCountsAsync(CancellationToken cancellationToken) =>
        db.Subscriptions.AsNoTracking().GroupBy(s => new { s.NewsletterId, s.State })
            .Select(g => new SubscriptionCount(g.Key.NewsletterId, g.Key.State, g.Count())).ToListAsync(cancellationToken);

    /// <summary>The subscribers page's figures, with the <paramref name="take"/> latest suppressed addresses.</summary>
    public async Task<SubscriberOverview> OverviewAsync(int take, CancellationToken cancellationToken)
    {
        var total = await db.Subscribers.CountAsync(cancellationToken);
        var confirmed = await db.Subscribers.CountAsync(s => s.Subscriptions.Any(x => x.State == SubscriptionState.Confirmed), cancellationToken);
        var suppressed = await db.Subscribers.AsNoTracking().Where(s => s.SuppressedUtc != null).OrderByDescending(s => s.SuppressedUtc).Take(take).ToListAsync(cancellationToken);
        var suppressedCount = await db.Subscribers.CountAsync(s => s.SuppressedUtc != null, cancellationToken);
        return new SubscriberOverview(total, confirmed, suppressedCount, suppressed);
    }

    /// <summary>Up to <paramref name="take"/> subscribers after <paramref name="afterId"/> by id, with subscriptions and their newsletter, not tracked.</summary>
    public Task<List<SubscriberRecord>> PageAsync(int afterId, int take, CancellationToken cancellationToken) =>
        db.Subscribers.AsNoTracking().Include(s => s.Subscriptions).ThenInclude(s => s.Newsletter)
            .Where(s => s.Id > afterId).OrderBy(s => s.Id).Take(take).ToListAsync(cancellationToken);

    /// <summary>The confirmed consents of these subscribers, not tracked.</summary>
    public Task<List<SubscriberConsentRecord>> ConfirmedConsentsAsync(IReadOnlyCollection<int> subscriberIds, CancellationToken cancellationToken) =>
        db.SubscriberConsents.AsNoTracking().Where(c => subscriberIds.Contains(c.SubscriberId) && c.ConfirmedUtc != null).ToListAsync(cancellationToken);
}
