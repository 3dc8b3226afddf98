using System.Text.Json;
using System.Text.Json.Nodes;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Subscriptions;
using OpinionAct.Media.Data.Webhooks;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Webhooks;

namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>What a reader does from the signed manage link: no account, the link is the credential.</summary>
public sealed partial class SubscriptionService
{
    public const string PreferencesConsentText = "Newsletters chosen on the preferences page reached through a link emailed to this address.";

    public async Task<SubscriberPreferences?> PreferencesAsync(int subscriberId, CancellationToken cancellationToken)
    {
        var subscriber = await store.FindAsync(subscriberId, cancellationToken);
        if (subscriber is null)
        {
            return null;
        }

        var newsletters = await newsletterStore.ListAsync(cancellationToken);
        return new SubscriberPreferences(
            subscriber.Id,
            subscriber.Email,
            subscriber.SuppressedUtc is not null,
            newsletters.Select(n => (n, subscriber.Subscriptions.FirstOrDefault(s => s.NewsletterId == n.Id)?.State)).ToList());
    }

    /// <summary>
    /// Keeps exactly the chosen newsletters. Newsletters chosen here are confirmed at once: the link
    /// was emailed to the address, so following it proves the mailbox; the choice is recorded as consent.
    /// Returns false when the subscriber no longer exists.
    /// </summary>
    public async Task<bool> SavePreferencesAsync(int subscriberId, IReadOnlyCollection<string> chosenSlugs, string consentText, CancellationToken cancellationToken)
    {
        var subscriber = await store.FindTrackedAsync(subscriberId, cancellationToken);
        if (subscriber is null)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var newsletters = await newsletterStore.ListAsync(cancellationToken);
        var added = new List<string>();
        var removed = new List<string>();
        foreach (var newsletter in newsletters)
        {
            var subscription = subscriber.Subscriptions.FirstOrDefault(s => s.NewsletterId == newsletter.Id);
            var wanted = chosenSlugs.Contains(newsletter.Slug);
            if (wanted && subscription?.State != SubscriptionState.Confirmed)
            {
                if (subscription is null)
                {
                    subscription = new SubscriptionRecord { NewsletterId = newsletter.Id, RequestedUtc = now };
                    subscriber.Subscriptions.Add(subscription);
                }

                subscription.State = SubscriptionState.Confirmed;
                subscription.ConfirmedUtc = now;
                subscription.UnsubscribedUtc = null;
                added.Add(newsletter.Slug);
            }
            else if (!wanted && subscription is { State: not SubscriptionState.Unsubscribed })
            {
                subscription.State = SubscriptionState.Unsubscribed;
                subscription.UnsubscribedUtc = now;
                removed.Add(newsletter.Slug);
            }
        }

        // Staged before the save, so the events commit with the change.
        if (added.Count > 0)
        {
            await webhooks.StageAsync(WebhookEvents.SubscriberConfirmed, WebhookData.Subscriber(subscriber.Id, subscriber.Email, added), cancellationToken);
        }

        if (removed.Count > 0)
        {
            await webhooks.StageAsync(WebhookEvents.SubscriberUnsubscribed, WebhookData.Subscriber(subscriber.Id, subscriber.Email, removed), cancellationToken);
        }

        if (added.Count > 0)
        {
            store.AddConsent(new SubscriberConsentRecord
            {
                SubscriberId = subscriber.Id,
                Newsletters = string.Join(",", added),
                ConsentText = TextLimit.Cut(consentText, 2000),
                Source = ConsentSource.Preferences,
                RequestedUtc = now,
                ConfirmedUtc = now,
            });
        }

        await store.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>One-click unsubscribe from one newsletter (RFC 8058). Idempotent; unknown ids change nothing.</summary>
    public async Task UnsubscribeAsync(int subscriberId, int newsletterId, CancellationToken cancellationToken) =>
        await store.UnsubscribeAsync(subscriberId, newsletterId, clock.GetUtcNow().UtcDateTime, cancellationToken);

    /// <summary>Unsubscribes from every newsletter; the address and its consent history stay until deleted.</summary>
    public async Task UnsubscribeAllAsync(int subscriberId, CancellationToken cancellationToken) =>
        await store.UnsubscribeAsync(subscriberId, null, clock.GetUtcNow().UtcDateTime, cancellationToken);

    /// <summary>Everything stored about one subscriber, as JSON (GDPR access and portability).</summary>
    public async Task<JsonObject?> ExportAsync(int subscriberId, CancellationToken cancellationToken)
    {
        if (await store.HistoryAsync(subscriberId, cancellationToken) is not { } history)
        {
            return null;
        }

        var (subscriber, consentRecords, reports) = history;
        return new JsonObject
        {
            ["email"] = subscriber.Email,
            ["createdUtc"] = subscriber.CreatedUtc,
            ["suppressedUtc"] = subscriber.SuppressedUtc,
            ["suppressionReason"] = subscriber.SuppressionReason,
            ["softBounces"] = subscriber.SoftBounces,
            ["subscriptions"] = new JsonArray(subscriber.Subscriptions.OrderBy(s => s.NewsletterId).Select(s => (JsonNode)new JsonObject
            {
                ["newsletter"] = s.Newsletter?.Slug,
                ["state"] = s.State.ToString(),
                ["requestedUtc"] = s.RequestedUtc,
                ["confirmedUtc"] = s.ConfirmedUtc,
                ["unsubscribedUtc"] = s.UnsubscribedUtc,
            }).ToArray()),
            ["consents"] = new JsonArray(consentRecords.Select(c => (JsonNode)new JsonObject
            {
                ["newsletters"] = new JsonArray(c.Newsletters.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => (JsonNode)JsonValue.Create(s)).ToArray()),
                ["consentText"] = c.ConsentText,
                ["source"] = c.Source.ToString(),
                ["requestedUtc"] = c.RequestedUtc,
                ["confirmedUtc"] = c.ConfirmedUtc,
            }).ToArray()),
            ["deliveryReports"] = new JsonArray(reports.Select(r => (JsonNode)new JsonObject
            {
                ["kind"] = r.Kind.ToString(),
                ["detail"] = r.Detail,
                ["receivedUtc"] = r.ReceivedUtc,
            }).ToArray()),
        };
    }

    /// <summary>The id of the subscriber with this address (compared as normalised), or null when there is none.</summary>
    public async Task<int?> FindIdAsync(string? email, CancellationToken cancellationToken) =>
        EmailAddresses.Normalize(email, out _) is { } normalized ? (await store.FindByEmailTrackedAsync(normalized, cancellationToken))?.Id : null;

    /// <summary>Erases the subscriber with subscriptions, consents and delivery reports (cascade). Returns false when already gone.</summary>
    public Task<bool> DeleteSubscriberAsync(int subscriberId, CancellationToken cancellationToken) => store.DeleteAsync(subscriberId, cancellationToken);

    /// <summary>Every newsletter by slug with its confirmed and pending subscriptions (<c>newsletters list</c>).</summary>
    public async Task<List<NewsletterAudience>> AudiencesAsync(CancellationToken cancellationToken)
    {
        var newsletters = await newsletterStore.ListBySlugAsync(cancellationToken);
        var counts = await store.SubscriptionCountsAsync(cancellationToken);
        return newsletters.Select(n => new NewsletterAudience(
            n,
            counts.Where(c => c.NewsletterId == n.Id && c.State == SubscriptionState.Confirmed).Sum(c => c.Count),
            counts.Where(c => c.NewsletterId == n.Id && c.State == SubscriptionState.Pending).Sum(c => c.Count))).ToList();
    }

    /// <summary>Subscriptions per newsletter and state.</summary>
    public Task<List<SubscriptionCount>> SubscriptionCountsAsync(CancellationToken cancellationToken) => store.SubscriptionCountsAsync(cancellationToken);

    /// <summary>The subscribers page's figures, with the 50 latest suppressed addresses.</summary>
    public Task<SubscriberOverview> OverviewAsync(CancellationToken cancellationToken) => store.OverviewAsync(50, cancellationToken);

    internal static readonly JsonSerializerOptions ExportJson = new() { WriteIndented = true };
}
