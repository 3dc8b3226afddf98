using System.Globalization;
using OpinionAct.Media.Data.Deliverability;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Localization;
using OpinionAct.Media.Site;

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
        var culture = UiText.For(UiTextArea.Email, site.Language).Culture;
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : TimeZoneInfo.Utc;
        string Day(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).ToString("D", culture);

        var lifetime = campaign.DeadlineUtc - clock.GetUtcNow().UtcDateTime;
        var subject = string.Format(CultureInfo.InvariantCulture, text.RepermissionSubject, site.Name, newsletter.Name).ReplaceLineEndings(" ");
        return (subject, new ConfirmEmailView
        {
            ConfirmUrl = links.ConfirmUrl(tenantName, consent.Id, consent.Nonce!, lifetime > TimeSpan.Zero ? lifetime : TimeSpan.FromMinutes(1)),
            Newsletters = [newsletter.Name],
            ConsentText = consent.ConsentText,
            ValidHours = Math.Max(1, (int)Math.Round(lifetime.TotalHours)),
            Intro = string.Format(CultureInfo.InvariantCulture, text.RepermissionIntro, Day(subscribedUtc)),
            Button = text.RepermissionButton,
            Validity = string.Format(CultureInfo.InvariantCulture, text.RepermissionValidity, Day(campaign.DeadlineUtc)),
            Ignore = text.RepermissionIgnore,
            ConsentLabel = text.RepermissionConsentLabel,
        });
    }
}
