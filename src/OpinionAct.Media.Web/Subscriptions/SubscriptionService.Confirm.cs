using System.Security.Cryptography;
using System.Text;

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
        var consent = await consents.FindAsync(consentId, cancellationToken);
        if (consent?.Nonce is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(consent.Nonce), Encoding.ASCII.GetBytes(nonce)))
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var slugs = consent.Newsletters.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var confirmed = await consents.ConfirmAsync(consentId, consent.Nonce, consent.SubscriberId, slugs, now, cancellationToken);
        return confirmed is null ? null : new ConfirmedSubscription(consent.SubscriberId, confirmed.Order(StringComparer.CurrentCulture).ToList());
    }
}
