using System.Globalization;
using OpinionAct.Media.Data.Deliverability;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Site;
using OpinionAct.Media.Web.Site;

namespace OpinionAct.Media.Web.Subscriptions;

public sealed partial class ConfirmationMailer
{
    /// <summary>
    /// "Still interested?": the confirmation email of a re-permission request, through the same template, claims and
    /// sweep as a signup's. Its link works until the campaign's deadline; the dates are in the hub's language and time zone.
    /// </summary>
    private async Task<(string Subject, ConfirmEmailView Model)> RepermissionEmailAsync(string tenantName, SubscriberConsentRecord consent, DateTime subscribedUtc, NewsletterRecord newsletter, EmailSiteView site, string timeZone, CancellationToken cancellationToken)
    {
        var campaign = await repermissions.FindAsync(consent.RepermissionCampaignId ?? 0, cancellationToken)
            ?? throw new InvalidOperationException($"Consent {consent.Id} names re-permission campaign {consent.RepermissionCampaignId}, which does not exist.");
        var text = site.Text;
        var dates = new SiteDates(site.Language, timeZone);

        var lifetime = campaign.DeadlineUtc - clock.GetUtcNow().UtcDateTime;
        var subject = string.Format(CultureInfo.InvariantCulture, text.RepermissionSubject, site.Name, newsletter.Name).ReplaceLineEndings(" ");
        return (subject, new ConfirmEmailView
        {
            ConfirmUrl = links.ConfirmUrl(tenantName, consent.Id, consent.Nonce!, lifetime > TimeSpan.Zero ? lifetime : TimeSpan.FromMinutes(1)),
            Newsletters = [newsletter.Name],
            ConsentText = consent.ConsentText,
            ValidHours = Math.Max(1, (int)Math.Round(lifetime.TotalHours)),
            Intro = string.Format(CultureInfo.InvariantCulture, text.RepermissionIntro, dates.Display(subscribedUtc)),
            Button = text.RepermissionButton,
            Validity = string.Format(CultureInfo.InvariantCulture, text.RepermissionValidity, dates.Display(campaign.DeadlineUtc)),
            Ignore = text.RepermissionIgnore,
            ConsentLabel = text.RepermissionConsentLabel,
        });
    }
}
