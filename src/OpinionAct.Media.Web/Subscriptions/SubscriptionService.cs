using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Subscriptions;
using OpinionAct.Media.Data.Webhooks;
using OpinionAct.Media.Newsletters;

namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// Double opt-in for the current tenant: a signup records pending subscriptions and the proof of consent,
/// and hands back the consent whose confirmation email is due; following the emailed link confirms them.
/// Known and unknown addresses go through the same steps, so neither the answer nor its timing tells them apart.
/// </summary>
public sealed partial class SubscriptionService(SubscriberStore store, ConsentStore consents, NewsletterStore newsletterStore, TimeProvider clock, IOptions<SubscriptionOptions> options, WebhookOutbox webhooks)
{
    public const int MaxNewslettersPerSignup = 50;

    /// <summary>Validates, then records the signup; nothing is written when validation fails.</summary>
    /// <exception cref="MediaValidationException">Bad address, no newsletter chosen, or unknown slugs (named).</exception>
    public async Task<SignupResult> SignupAsync(SignupRequest request, CancellationToken cancellationToken)
    {
        var email = EmailAddresses.Normalize(request.Email, out var error) ?? throw new MediaValidationException(error!);
        var newsletters = await ResolveAsync(request.Newsletters, cancellationToken);
        try
        {
            return await RecordSignupAsync(email, newsletters, request, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two signups of a new address raced on the unique email; the second one now finds the row.
            store.ClearTracking();
            return await RecordSignupAsync(email, newsletters, request, cancellationToken);
        }
    }

    /// <summary>The newsletters named by slug; refuses an empty list and names every unknown slug.</summary>
    public async Task<List<NewsletterRecord>> ResolveAsync(IReadOnlyList<string>? slugs, CancellationToken cancellationToken)
    {
        var wanted = (slugs ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            throw new MediaValidationException("Choose at least one newsletter.");
        }

        if (wanted.Count > MaxNewslettersPerSignup || wanted.Any(s => s.Length > 100))
        {
            throw new MediaValidationException($"At most {MaxNewslettersPerSignup} newsletters, each named by its slug.");
        }

        var found = await newsletterStore.FindBySlugsAsync(wanted, cancellationToken);
        var unknown = wanted.Where(s => found.All(n => n.Slug != s)).ToList();
        return unknown.Count == 0
            ? found
            : throw new MediaValidationException($"Unknown newsletter(s): {string.Join(", ", unknown.Select(s => $"'{Shorten(s)}'"))}.");
    }

    private async Task<SignupResult> RecordSignupAsync(string email, List<NewsletterRecord> newsletters, SignupRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var subscriber = await store.FindByEmailWithSubscriptionsTrackedAsync(email, cancellationToken);
        if (subscriber is null)
        {
            subscriber = new SubscriberRecord { Email = email, CreatedUtc = now };
            store.Add(subscriber);
        }
        else if (subscriber.SuppressedUtc is not null)
        {
            // Recorded like any request (no email), so this path costs what the others cost: no timing oracle.
            await RecordRequestOnlyAsync(subscriber.Id, newsletters, request, now, cancellationToken);
            return new SignupResult(SignupOutcome.Suppressed);
        }

        var pending = MarkPending(subscriber, newsletters, now);
        if (pending.Count == 0)
        {
            await RecordRequestOnlyAsync(subscriber.Id, newsletters, request, now, cancellationToken);
            return new SignupResult(SignupOutcome.AlreadyConfirmed);
        }

        var since = now - options.Value.ConfirmationResendInterval;
        var recentlySent = subscriber.Id != 0 && await store.ConfirmationSentSinceAsync(subscriber.Id, since, cancellationToken);
        var consent = new SubscriberConsentRecord
        {
            Newsletters = string.Join(",", pending.Select(n => n.Slug)),
            ConsentText = TextLimit.Cut(request.ConsentText, 2000),
            Source = request.Source,
            RequestedUtc = now,
            Nonce = recentlySent ? null : NewNonce(),
            ConfirmationSentUtc = recentlySent ? null : now,

            // Counted as a sign-up: a request from the hub's own form that sent a confirmation email (a repeat within the
            // resend interval, an already confirmed or suppressed address, the API and imports are not).
            CountedSignup = !recentlySent && request.Origin is not null && request.Source == ConsentSource.Form,
            ArticleId = request.Origin?.ArticleId ?? 0,
            ReaderSource = request.Origin?.Source ?? 0,
            AmbassadorId = request.Origin?.AmbassadorId ?? 0,
        };
        await store.SaveWithConsentAsync(subscriber, consent, cancellationToken);
        return recentlySent ? new SignupResult(SignupOutcome.ConfirmationRecentlySent) : new SignupResult(SignupOutcome.ConfirmationDue, consent.Id);
    }

    /// <summary>Keeps the request in the consent log without a link to follow (nothing to confirm, or nothing may be sent).</summary>
    private async Task RecordRequestOnlyAsync(int subscriberId, List<NewsletterRecord> newsletters, SignupRequest request, DateTime now, CancellationToken cancellationToken)
    {
        store.AddConsent(new SubscriberConsentRecord
        {
            SubscriberId = subscriberId,
            Newsletters = string.Join(",", newsletters.Select(n => n.Slug).Order(StringComparer.Ordinal)),
            ConsentText = TextLimit.Cut(request.ConsentText, 2000),
            Source = request.Source,
            RequestedUtc = now,
        });
        await store.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Sets the asked-for subscriptions that are not confirmed to pending; returns their newsletters.</summary>
    private static List<NewsletterRecord> MarkPending(SubscriberRecord subscriber, List<NewsletterRecord> newsletters, DateTime now)
    {
        var pending = new List<NewsletterRecord>();
        foreach (var newsletter in newsletters.OrderBy(n => n.Slug, StringComparer.Ordinal))
        {
            var subscription = subscriber.Subscriptions.FirstOrDefault(s => s.NewsletterId == newsletter.Id);
            if (subscription is { State: SubscriptionState.Confirmed })
            {
                continue;
            }

            if (subscription is null)
            {
                subscriber.Subscriptions.Add(new SubscriptionRecord { NewsletterId = newsletter.Id, State = SubscriptionState.Pending, RequestedUtc = now });
            }
            else
            {
                subscription.State = SubscriptionState.Pending;
                subscription.RequestedUtc = now;
            }

            pending.Add(newsletter);
        }

        return pending;
    }

    /// <summary>128 random bits, hex: stored with the consent and carried (encrypted) inside the confirmation token.</summary>
    internal static string NewNonce() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..37] + "...";
}
