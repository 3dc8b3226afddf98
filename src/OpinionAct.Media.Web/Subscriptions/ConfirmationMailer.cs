using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Tenant;
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
public sealed class ConfirmationMailer(TenantDbContext db, EmailTemplates templates, SubscriberLinks links, IMailTransport transport, TimeProvider clock, IOptions<SubscriptionOptions> options)
{
    /// <returns>False when nothing was due.</returns>
    /// <exception cref="MailDeliveryException">The SMTP server refused or could not be reached (see <see cref="MailDeliveryException.IsTransient"/>).</exception>
    public async Task<bool> SendAsync(string tenantName, int consentId, CancellationToken cancellationToken)
    {
        var consent = await db.SubscriberConsents.AsNoTracking().FirstOrDefaultAsync(c => c.Id == consentId, cancellationToken);
        var maxAttempts = options.Value.ConfirmationMaxAttempts;
        if (consent?.Nonce is null || consent.ConfirmedUtc is not null || consent.ConfirmationMailedUtc is not null || consent.ConfirmationAttempts >= maxAttempts)
        {
            return false;
        }

        var subscriber = await db.Subscribers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == consent.SubscriberId, cancellationToken);
        var slugs = consent.Newsletters.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var newsletters = await db.Newsletters.AsNoTracking().Where(n => slugs.Contains(n.Slug)).OrderBy(n => n.Name).ToListAsync(cancellationToken);
        if (subscriber is null || subscriber.SuppressedUtc is not null || newsletters.Count == 0)
        {
            return false;
        }

        var site = await templates.SiteAsync(tenantName, cancellationToken);
        var text = site.View.Text;
        var hours = (int)Math.Round(options.Value.ConfirmationLifetime.TotalHours);
        var subject = string.Format(System.Globalization.CultureInfo.InvariantCulture, text.ConfirmSubject, site.View.Name).ReplaceLineEndings(" ");
        var model = new ConfirmEmailView
        {
            ConfirmUrl = links.ConfirmUrl(tenantName, consent.Id, consent.Nonce),
            Newsletters = newsletters.Select(n => n.Name).ToList(),
            ConsentText = MailableConsentText(consent, text),
            ValidHours = hours,
            Intro = text.ConfirmIntro,
            Button = text.ConfirmButton,
            Validity = string.Format(System.Globalization.CultureInfo.InvariantCulture, text.ConfirmValidity, hours),
            Ignore = text.ConfirmIgnore,
            ConsentLabel = text.ConfirmConsentLabel,
        };
        var rendered = await templates.RenderAsync(site, "confirm", new EmailView { Subject = subject, Preheader = text.ConfirmIntro }, model, cancellationToken);
        var sender = newsletters[0];
        var message = new EmailMessage(new EmailMailbox(sender.SenderName, sender.SenderAddress), new EmailMailbox(null, subscriber.Email), subject, rendered.Html, rendered.Text)
        {
            ReplyTo = sender.ReplyTo is null ? null : new EmailMailbox(null, sender.ReplyTo),
            Headers = new Dictionary<string, string> { ["Auto-Submitted"] = "auto-generated" },
        };

        var attempt = consent.ConfirmationAttempts;
        var claimed = await db.SubscriberConsents
            .Where(c => c.Id == consentId && c.ConfirmationAttempts == attempt && c.ConfirmationMailedUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.ConfirmationAttempts, attempt + 1), cancellationToken);
        if (claimed == 0)
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
            await db.SubscriberConsents.Where(c => c.Id == consentId)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.ConfirmationAttempts, maxAttempts), CancellationToken.None);
            throw;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await db.SubscriberConsents.Where(c => c.Id == consentId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.ConfirmationMailedUtc, now), CancellationToken.None);
        return true;
    }

    /// <summary>
    /// The consent text is quoted back only when the platform wrote it (the themed form, the preferences page).
    /// Text supplied through the API or a CSV file is kept as proof but never mailed: otherwise anyone could
    /// make the brand's sender deliver their words, links included, to any address.
    /// </summary>
    private static string MailableConsentText(SubscriberConsentRecord consent, EmailText text) =>
        consent.Source is ConsentSource.Form or ConsentSource.Preferences ? consent.ConsentText : text.ConfirmStandardConsent;
}
