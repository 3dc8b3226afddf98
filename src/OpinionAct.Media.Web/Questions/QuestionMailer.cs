using System.Globalization;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Questions;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Site;
using OpinionAct.Media.Web.Newsletters;

namespace OpinionAct.Media.Web.Questions;

/// <summary>
/// The two emails an asker may get, rendered from the theme's <c>email/confirm</c> template and sent from the hub's
/// first newsletter's sender: the double opt-in of their address (sent in the request; a failure is logged, and the
/// reader can ask again), and the one "your question was answered", sent by <see cref="QuestionAnswerMail"/> through the
/// confirmation queue: claimed per attempt, recorded once accepted, swept after a crash.
/// </summary>
public sealed class QuestionMailer(QuestionStore store, NewsletterStore newsletters, EmailTemplates templates, QuestionLinks links, IMailTransport transport, TimeProvider clock, ILogger<QuestionMailer> logger)
{
    public async Task SendConfirmationAsync(string tenantName, QuestionRecord question, CancellationToken ct)
    {
        var site = await templates.SiteAsync(tenantName, ct);
        var text = ThemeText.For(site.Language);
        var email = site.View.Text;
        var subject = string.Format(CultureInfo.InvariantCulture, text.QuestionConfirmSubject, site.View.Name).ReplaceLineEndings(" ");
        var model = new ConfirmEmailView
        {
            ConfirmUrl = links.ConfirmUrl(tenantName, question.Id, question.ConfirmNonce!),
            ConsentText = question.ConsentText ?? string.Empty,
            Intro = text.QuestionConfirmIntro,
            Button = email.ConfirmButton,
            Validity = string.Empty,
            Ignore = email.ConfirmIgnore,
            ConsentLabel = email.ConfirmConsentLabel,
        };
        await SendAsync(tenantName, site, question, subject, model, ct);
    }

    /// <summary>
    /// Sends one asker the "your question was answered" email if it is still due (confirmed address, answer published on
    /// the question or the one it was merged into, never accepted before, attempts left). The attempt is claimed in the
    /// database first and the server's acceptance recorded after, as confirmations do.
    /// </summary>
    /// <returns>False when nothing was due.</returns>
    /// <exception cref="MailDeliveryException">The SMTP server refused or could not be reached (see <see cref="MailDeliveryException.IsTransient"/>).</exception>
    public async Task<bool> SendAnswerAsync(string tenantName, int askerId, int maxAttempts, CancellationToken ct)
    {
        var asker = await store.FindAsync(askerId, ct);
        if (asker?.Email is null || asker.EmailConfirmedUtc is null || asker.AnswerMailedUtc is not null || asker.AnswerMailAttempts >= maxAttempts)
        {
            return false;
        }

        var answered = asker.DuplicateOfId is { } of ? await store.FindAsync(of, ct) : asker;
        if (answered?.Status != QuestionStatus.Answered || !await store.ClaimAnswerMailAsync(askerId, asker.AnswerMailAttempts, ct))
        {
            return false;
        }

        var site = await templates.SiteAsync(tenantName, ct);
        var text = ThemeText.For(site.Language);
        var subject = string.Format(CultureInfo.InvariantCulture, text.QuestionAnsweredSubject, site.View.Name).ReplaceLineEndings(" ");
        var model = new ConfirmEmailView
        {
            ConfirmUrl = string.IsNullOrEmpty(answered.Page) || !answered.Page.StartsWith(site.HomeUrl, StringComparison.Ordinal) ? site.HomeUrl : answered.Page,
            ConsentText = answered.Text,
            Intro = text.QuestionAnsweredIntro,
            Button = text.QuestionsTitle,
            Validity = string.Empty,
            Ignore = string.Empty,
            ConsentLabel = text.AskQuestionLabel,
        };
        try
        {
            if (!await DeliverAsync(tenantName, site, asker, subject, model, ct))
            {
                return false;
            }
        }
        catch (MailDeliveryException ex) when (!ex.IsTransient)
        {
            // Refused for good (5xx): no sweep will try again.
            await store.GiveUpAnswerMailAsync(askerId, maxAttempts, CancellationToken.None);
            throw;
        }

        await store.MarkAnswerMailedAsync(askerId, clock.GetUtcNow().UtcDateTime, CancellationToken.None);
        return true;
    }

    private async Task SendAsync(string tenantName, EmailSite site, QuestionRecord to, string subject, ConfirmEmailView model, CancellationToken ct)
    {
        try
        {
            await DeliverAsync(tenantName, site, to, subject, model, ct);
        }
        catch (MailDeliveryException ex)
        {
            logger.QuestionMailFailed(ex, tenantName, to.Id);
        }
    }

    /// <returns>False when the hub has no newsletter to send from.</returns>
    private async Task<bool> DeliverAsync(string tenantName, EmailSite site, QuestionRecord to, string subject, ConfirmEmailView model, CancellationToken ct)
    {
        var sender = (await newsletters.ListAsync(ct)).FirstOrDefault();
        if (sender is null)
        {
            logger.QuestionNoSender(tenantName, to.Id);
            return false;
        }

        var rendered = await templates.RenderAsync(site, "confirm", new EmailView { Subject = subject, Preheader = model.Intro }, model, ct);
        var message = new EmailMessage(new EmailMailbox(sender.SenderName, sender.SenderAddress), new EmailMailbox(null, to.Email!), subject, rendered.Html, rendered.Text)
        {
            Headers = new Dictionary<string, string> { ["Auto-Submitted"] = "auto-generated" },
        };
        await using var session = await transport.OpenAsync(tenantName, ct);
        await session.SendAsync(message, ct);
        return true;
    }
}
