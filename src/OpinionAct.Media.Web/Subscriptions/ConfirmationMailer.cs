using System.Globalization;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Data.Deliverability;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Subscriptions;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Site;
using OpinionAct.Media.Web.Newsletters;

namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// Sends the double opt-in email of one consent record, right away and not through the issue queue:
/// rendered from the theme's <c>email/confirm</c> template, from the first requested newsletter's sender.
/// Runs in a tenant scope; does nothing when the consent is already confirmed, its link already used,
/// or the address suppressed since. Each attempt is claimed in the database first (one sender per attempt,
/// whichever node or retry holds it), and the server's acceptance is recorded, so the sweep of
/// <see cref="ConfirmationMailWorker"/> can send what a crash left unsent without sending it twice at once.
/// </summary>
public sealed partial class ConfirmationMailer(ConsentStore consents, SubscriberStore subscribers, NewsletterStore newsletterStore, EmailTemplates templates, SubscriberLinks links, RepermissionStore repermissions, ListHygieneStore hygiene, IMailTransport transport, TimeProvider clock, IOptions<SubscriptionOptions> options)
{
    /// <returns>False when nothing was due.</returns>
    /// <exception cref="MailDeliveryException">The SMTP server refused or could not be reached (see <see cref="MailDeliveryException.IsTransient"/>).</exception>
    public async Task<bool> SendAsync(string tenantName, int consentId, CancellationToken cancellationToken)
    {
        var consent = await consents.FindAsync(consentId, cancellationToken);
        var maxAttempts = options.Value.ConfirmationMaxAttempts;
        if (consent?.Nonce is null || consent.ConfirmedUtc is not null || consent.ConfirmationMailedUtc is not null || consent.ConfirmationAttempts >= maxAttempts)
        {
            return false;
        }

        var subscriber = await subscribers.FindAsync(consent.SubscriberId, cancellationToken);
        var slugs = consent.Newsletters.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var newsletters = await newsletterStore.FindBySlugsAsync(slugs, cancellationToken);
        if (subscriber is null || subscriber.SuppressedUtc is not null || newsletters.Count == 0)
        {
            return false;
        }

        // A re-permission request is for a subscription still confirmed; one ended since (unsubscribed) is never asked.
        var kept = subscriber.Subscriptions.FirstOrDefault(s => s.NewsletterId == newsletters[0].Id && s.State == SubscriptionState.Confirmed);
        if (consent.Source == ConsentSource.Repermission && await hygiene.IsPausedAsync(cancellationToken))
        {
            // Bulk mail waits while complaints pause the hub's sending; the sweep offers it again after a resume.
            return false;
        }

        if (consent.Source == ConsentSource.Repermission && kept is null)
        {
            await consents.GiveUpAsync(consentId, maxAttempts, cancellationToken);
            return false;
        }

        var site = await templates.SiteAsync(tenantName, cancellationToken);
        var (subject, model) = consent.Source == ConsentSource.Repermission
            ? await RepermissionEmailAsync(tenantName, consent, kept!.ConfirmedUtc ?? kept.RequestedUtc, newsletters[0], site.View, site.TimeZone, cancellationToken)
            : SignupEmail(tenantName, consent, newsletters, site.View);
        var rendered = await templates.RenderAsync(site, "confirm", new EmailView { Subject = subject, Preheader = model.Intro }, model, cancellationToken);
        var sender = newsletters[0];
        var message = new EmailMessage(new EmailMailbox(sender.SenderName, sender.SenderAddress), new EmailMailbox(null, subscriber.Email), subject, rendered.Html, rendered.Text)
        {
            ReplyTo = sender.ReplyTo is null ? null : new EmailMailbox(null, sender.ReplyTo),
            Headers = new Dictionary<string, string> { ["Auto-Submitted"] = "auto-generated" },
        };

        var attempt = consent.ConfirmationAttempts;
        if (!await consents.ClaimAttemptAsync(consentId, attempt, cancellationToken))
        {
            return false;
        }

        try
        {
            await using var session = await transport.OpenAsync(tenantName, cancellationToken);
            await session.SendAsync(message, cancellationToken);
        }
        catch (MailDeliveryException ex) when (!ex.IsTransient)
        {
            // Refused for good (5xx): no sweep will try again.
            await consents.GiveUpAsync(consentId, maxAttempts, CancellationToken.None);
            throw;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await consents.MarkMailedAsync(consentId, now, CancellationToken.None);
        return true;
    }

    /// <summary>The double opt-in email of a signup, an API call, an import or the preferences page.</summary>
    private (string Subject, ConfirmEmailView Model) SignupEmail(string tenantName, SubscriberConsentRecord consent, IReadOnlyList<NewsletterRecord> newsletters, EmailSiteView site)
    {
        var text = site.Text;
        var hours = (int)Math.Round(options.Value.ConfirmationLifetime.TotalHours);
        var subject = string.Format(CultureInfo.InvariantCulture, text.ConfirmSubject, site.Name).ReplaceLineEndings(" ");
        return (subject, new ConfirmEmailView
        {
            ConfirmUrl = links.ConfirmUrl(tenantName, consent.Id, consent.Nonce!),
            Newsletters = newsletters.Select(n => n.Name).ToList(),
            ConsentText = MailableConsentText(consent, text),
            ValidHours = hours,
            Intro = text.ConfirmIntro,
            Button = text.ConfirmButton,
            Validity = string.Format(CultureInfo.InvariantCulture, text.ConfirmValidity, hours),
            Ignore = text.ConfirmIgnore,
            ConsentLabel = text.ConfirmConsentLabel,
        });
    }

    /// <summary>
    /// The consent text is quoted back only when the platform wrote it (the themed form, the preferences page).
    /// Text supplied through the API or a CSV file is kept as proof but never mailed: otherwise anyone could
    /// make the brand's sender deliver their words, links included, to any address.
    /// </summary>
    private static string MailableConsentText(SubscriberConsentRecord consent, EmailText text) =>
        consent.Source is ConsentSource.Form or ConsentSource.Preferences ? consent.ConsentText : text.ConfirmStandardConsent;
}
