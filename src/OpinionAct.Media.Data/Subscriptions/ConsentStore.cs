using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Analytics;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Data.Webhooks;
using OpinionAct.Media.Webhooks;

namespace OpinionAct.Media.Data.Subscriptions;

/// <summary>
/// The double opt-in side of the consent records in a tenant's database: confirming a consent once, and the
/// confirmation email's attempts (claimed before sending, so one sender per attempt whichever node holds it).
/// </summary>
public sealed class ConsentStore(TenantDbContext db, WebhookOutbox webhooks)
{
    public Task<SubscriberConsentRecord?> FindAsync(int consentId, CancellationToken cancellationToken) =>
        db.SubscriberConsents.AsNoTracking().FirstOrDefaultAsync(c => c.Id == consentId, cancellationToken);

    /// <summary>
    /// In one transaction: clears the consent's nonce if it is still <paramref name="storedNonce"/> (the conditional
    /// update is the check, so two clicks or two nodes cannot both pass), then confirms the subscriber's pending
    /// subscriptions to <paramref name="slugs"/>. Returns the names of the newsletters the reader now has confirmed among them,
    /// or null when the nonce was already used.
    /// </summary>
    public async Task<List<string>?> ConfirmAsync(int consentId, string storedNonce, int subscriberId, IReadOnlyCollection<string> slugs, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.SubscriberConsents
            .Where(c => c.Id == consentId && c.Nonce == storedNonce)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Nonce, (string?)null).SetProperty(c => c.ConfirmedUtc, now), cancellationToken);
        if (claimed != 1)
        {
            return null;
        }

        // A counted sign-up is counted as confirmed on its own day, in this transaction (the nonce makes it happen once).
        var counted = await db.SubscriberConsents.AsNoTracking().Where(c => c.Id == consentId && c.CountedSignup)
            .Select(c => new { c.RequestedUtc, c.ArticleId, c.ReaderSource, c.AmbassadorId }).FirstOrDefaultAsync(cancellationToken);
        if (counted is not null)
        {
            await AnalyticsSignupCounts.AddAsync(db, new AnalyticsSignupDailyRecord { Day = DateOnly.FromDateTime(counted.RequestedUtc), ArticleId = counted.ArticleId, Source = counted.ReaderSource, Confirmed = 1 }, cancellationToken);
            await Ambassadors.AmbassadorSignupCounts.AddAsync(db, counted.AmbassadorId, DateOnly.FromDateTime(counted.RequestedUtc), counted.ArticleId, accepted: 0, confirmed: 1, cancellationToken);
        }

        // Confirmed subscriptions count too: a re-permission request confirms that the reader keeps one.
        var current = await db.Subscriptions.Include(s => s.Newsletter)
            .Where(s => s.SubscriberId == subscriberId && (s.State == SubscriptionState.Pending || s.State == SubscriptionState.Confirmed) && slugs.Contains(s.Newsletter!.Slug))
            .ToListAsync(cancellationToken);
        var subscriptions = current.Where(s => s.State == SubscriptionState.Pending).ToList();
        foreach (var subscription in subscriptions)
        {
            subscription.State = SubscriptionState.Confirmed;
            subscription.ConfirmedUtc = now;
            subscription.UnsubscribedUtc = null;
        }

        // The subscriber.confirmed event commits with the confirmation, or not at all.
        if (subscriptions.Count > 0 && await webhooks.WantsAsync(WebhookEvents.SubscriberConfirmed, cancellationToken))
        {
            var email = await db.Subscribers.Where(s => s.Id == subscriberId).Select(s => s.Email).FirstAsync(cancellationToken);
            await webhooks.StageAsync(WebhookEvents.SubscriberConfirmed, WebhookData.Subscriber(subscriberId, email, subscriptions.Select(s => s.Newsletter!.Slug)), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return current.Select(s => s.Newsletter!.Name).ToList();
    }

    /// <summary>Claims attempt <paramref name="attempt"/> + 1 of the confirmation email; false when another sender holds it or it was mailed.</summary>
    public async Task<bool> ClaimAttemptAsync(int consentId, int attempt, CancellationToken cancellationToken) =>
        await db.SubscriberConsents
            .Where(c => c.Id == consentId && c.ConfirmationAttempts == attempt && c.ConfirmationMailedUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.ConfirmationAttempts, attempt + 1), cancellationToken) > 0;

    /// <summary>No attempt is left: the server refused the email for good.</summary>
    public Task GiveUpAsync(int consentId, int maxAttempts, CancellationToken cancellationToken) =>
        db.SubscriberConsents.Where(c => c.Id == consentId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.ConfirmationAttempts, maxAttempts), cancellationToken);

    /// <summary>The SMTP server accepted the confirmation email.</summary>
    public Task MarkMailedAsync(int consentId, DateTime now, CancellationToken cancellationToken) =>
        db.SubscriberConsents.Where(c => c.Id == consentId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.ConfirmationMailedUtc, now), cancellationToken);

    /// <summary>
    /// Consents whose confirmation email was queued before <paramref name="queuedBefore"/> (and after
    /// <paramref name="stillValid"/>, so its link still works; a re-permission request's link works until its campaign
    /// closes, which clears the nonce) but never accepted by the server, with attempts left; oldest first.
    /// </summary>
    public Task<List<int>> UnmailedAsync(DateTime queuedBefore, DateTime stillValid, int maxAttempts, int take, CancellationToken cancellationToken) =>
        db.SubscriberConsents.AsNoTracking()
            .Where(c => c.Nonce != null && c.ConfirmedUtc == null && c.ConfirmationMailedUtc == null && c.ConfirmationAttempts < maxAttempts
                && c.ConfirmationSentUtc != null && c.ConfirmationSentUtc <= queuedBefore && (c.ConfirmationSentUtc > stillValid || c.RepermissionCampaignId != null))
            .OrderBy(c => c.Id).Select(c => c.Id).Take(take).ToListAsync(cancellationToken);
}
