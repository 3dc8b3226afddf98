using System.Globalization;
using OpinionAct.Media.Ambassadors;
using OpinionAct.Media.Data.Ambassadors;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Site;
using OpinionAct.Media.Web.Newsletters;

namespace OpinionAct.Media.Web.Ambassadors;

/// <summary>
/// Sends one ambassador's monthly email, rendered from the theme's <c>email/ambassador</c> template and sent from the
/// hub's first newsletter's sender, with their signed unsubscribe link and <c>List-Unsubscribe</c> headers. The report
/// is claimed in the database before the SMTP conversation and settled after it, so it goes at most once: a report a
/// crash leaves claimed stays unsent rather than risk a second copy.
/// </summary>
public sealed class AmbassadorReportMailer(
    AmbassadorStore store,
    NewsletterStore newsletters,
    EmailTemplates templates,
    AmbassadorLinks links,
    IMailTransport transport,
    TimeProvider clock,
    ILogger<AmbassadorReportMailer> logger)
{
    public const int MaxAttempts = 5;

    /// <returns>True when the email was accepted by the mail server.</returns>
    public async Task<bool> SendAsync(string tenantName, AmbassadorReportRecord report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!await store.ClaimReportAsync(report.Id, report.Attempts, clock.GetUtcNow().UtcDateTime, ct))
        {
            return false;
        }

        var ambassador = await store.FindAsync(report.AmbassadorId, ct);
        if (ambassador is null || ambassador.RevokedUtc is not null || ambassador.ReportsStoppedUtc is not null)
        {
            await store.SettleReportAsync(report.Id, AmbassadorReportState.Skipped, null, null, CancellationToken.None);
            return false;
        }

        var sender = (await newsletters.ListAsync(ct)).FirstOrDefault();
        if (sender is null)
        {
            logger.ReportNoSender(tenantName, report.Id);
            await store.SettleReportAsync(report.Id, AmbassadorReportState.Failed, null, "The hub has no newsletter to send from.", CancellationToken.None);
            return false;
        }

        try
        {
            var message = await ComposeAsync(tenantName, ambassador, report.Month, new EmailMailbox(sender.SenderName, sender.SenderAddress), ct);
            await using var session = await transport.OpenAsync(tenantName, ct);
            await session.SendAsync(message, ct);
        }
        catch (MailDeliveryException ex)
        {
            var retry = ex.IsTransient && report.Attempts + 1 < MaxAttempts;
            logger.ReportFailed(ex, tenantName, report.Id, report.Attempts + 1, ex.IsTransient);
            await store.SettleReportAsync(report.Id, retry ? AmbassadorReportState.Pending : AmbassadorReportState.Failed, null, ex.Message, CancellationToken.None);
            return false;
        }

        await store.SettleReportAsync(report.Id, AmbassadorReportState.Sent, clock.GetUtcNow().UtcDateTime, null, CancellationToken.None);
        logger.ReportSent(tenantName, report.Id, report.AmbassadorId, report.Month);
        return true;
    }

    /// <summary>The email of one ambassador for one month: their figures only, read from the roll-ups.</summary>
    internal async Task<EmailMessage> ComposeAsync(string tenantName, AmbassadorRecord ambassador, DateOnly month, EmailMailbox from, CancellationToken ct)
    {
        var site = await templates.SiteAsync(tenantName, ct);
        var text = ThemeText.For(site.Language);
        var culture = CultureInfo.GetCultureInfo(site.Language == "en" ? "en-GB" : "fr-FR");
        var last = AmbassadorMonths.LastDay(month);
        var totals = (await store.TotalsAsync(month, last, ambassador.Id, ct)).FirstOrDefault() ?? AmbassadorFigures.None(ambassador.Id);
        var perArticle = (await store.PerArticleAsync(month, last, ambassador.Id, ct)).Where(r => r.ArticleId > 0).Take(10).ToList();
        var titles = (await store.ArticlesAsync([.. perArticle.Select(r => r.ArticleId)], ct)).ToDictionary(a => a.Id);
        var monthName = month.ToDateTime(TimeOnly.MinValue).ToString("MMMM yyyy", culture);
        string N(long value) => value.ToString("N0", culture);
        var subject = string.Format(culture, text.AmbassadorReportSubject, site.View.Name, monthName).ReplaceLineEndings(" ");
        var model = new AmbassadorReportEmailView
        {
            Greeting = string.Format(culture, text.AmbassadorReportGreeting, ambassador.Name),
            Intro = string.Format(culture, text.AmbassadorReportIntro, site.View.Name, monthName),
            Figures =
            [
                new(text.AmbassadorReportViews, N(totals.Views)),
                new(text.AmbassadorReportVisitors, N(totals.Visitors)),
                new(text.AmbassadorReportReading, N((totals.EngagedSeconds + 30) / 60)),
                new(text.AmbassadorReportCompletions, N(totals.Completions)),
                new(text.AmbassadorReportSignups, N(totals.SignupsAccepted)),
            ],
            ArticlesLabel = text.AmbassadorReportArticles,
            Articles = [.. perArticle.Where(r => titles.ContainsKey(r.ArticleId)).Select(r => new AmbassadorReportArticleView(
                titles[r.ArticleId].Title,
                links.ShareUrl(tenantName, ambassador, titles[r.ArticleId].Path),
                string.Format(culture, text.AmbassadorReportArticleFigures, N(r.Views), N(r.SignupsAccepted))))],
            ShareLabel = text.AmbassadorReportShare,
            ShareUrl = links.ShareUrl(tenantName, ambassador),
            Outro = text.AmbassadorReportOutro,
        };
        var unsubscribe = links.UnsubscribeUrl(tenantName, ambassador.Id);
        var rendered = await templates.RenderAsync(site, "ambassador", new EmailView { Subject = subject, Preheader = model.Intro, UnsubscribeUrl = unsubscribe }, model, ct);
        var headers = new Dictionary<string, string>(links.UnsubscribeHeaders(tenantName, ambassador.Id), StringComparer.OrdinalIgnoreCase)
        {
            ["Auto-Submitted"] = "auto-generated",
        };

        // The same Message-ID for the same report, so a copy a mail server already holds is recognised as one.
        var domain = from.Address[(from.Address.IndexOf('@', StringComparison.Ordinal) + 1)..];
        return new EmailMessage(from, new EmailMailbox(ambassador.Name, ambassador.Email), subject, rendered.Html, rendered.Text)
        {
            Headers = headers,
            MessageId = string.Create(CultureInfo.InvariantCulture, $"ambassador-{ambassador.Id}.{month:yyyyMM}@{domain}"),
        };
    }
}
