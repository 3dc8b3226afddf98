using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Newsletters;

namespace OpinionAct.Media.Web.Subscriptions;

public sealed partial class SubscriptionService
{
    /// <summary>
    /// Confirms the pending subscriptions of one consent, once: the stored nonce is cleared in the same
    /// conditional update that checks it, so two clicks (or two nodes) cannot both confirm.
    /// Returns the subscriber and the names of the newsletters now confirmed, or null when the link is unknown or already used.
    /// </summary>
    public async Task<ConfirmedSubscription?> ConfirmAsync(int consentId, string nonce, CancellationToken cancellationToken)
    {
        var consent = await db.SubscriberConsents.AsNoTracking().FirstOrDefaultAsync(c => c.Id == consentId, cancellationToken);
        if (consent?.Nonce is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(consent.Nonce), Encoding.ASCII.GetBytes(nonce)))
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var storedNonce = consent.Nonce;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.SubscriberConsents
            .Where(c => c.Id == consentId && c.Nonce == storedNonce)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Nonce, (string?)null).SetProperty(c => c.ConfirmedUtc, now), cancellationToken);
        if (claimed != 1)
        {
            return null;
        }

        var slugs = consent.Newsletters.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var subscriptions = await db.Subscriptions.Include(s => s.Newsletter)
            .Where(s => s.SubscriberId == consent.SubscriberId && s.State == SubscriptionState.Pending && slugs.Contains(s.Newsletter!.Slug))
            .ToListAsync(cancellationToken);
        foreach (var subscription in subscriptions)
        {
            subscription.State = SubscriptionState.Confirmed;
            subscription.ConfirmedUtc = now;
            subscription.UnsubscribedUtc = null;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ConfirmedSubscription(consent.SubscriberId, subscriptions.Select(s => s.Newsletter!.Name).Order(StringComparer.CurrentCulture).ToList());
    }
}
