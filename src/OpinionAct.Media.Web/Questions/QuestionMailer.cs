using System.Globalization;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Questions;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Site;
using OpinionAct.Media.Web.Newsletters;

namespace OpinionAct.Media.Web.Questions;

/// <summary>
/// The two emails an asker may get, rendered from the theme's <c>email/confirm</c> template and sent from the hub's
/// first newsletter's sender: the double opt-in of their address (<see cref="QuestionConfirmMail"/>) and the one "your
/// question was answered" (<see cref="QuestionAnswerMail"/>). Both go through the confirmation queue: each attempt is
/// claimed in the database first and the server's acceptance recorded after, and a crash is swept.
/// </summary>
public sealed class QuestionMailer(
    QuestionStore store,
    NewsletterStore newsletters,
    EmailTemplates templates,
    QuestionLinks links,
    IMailTransport transport,
    TimeProvider clock,
    IOptions<QuestionOptions> options,
    ILogger<QuestionMailer> logger)
{
    /// <summary>
    /// Sends the address's confirmation link if it is still due (not confirmed, never accepted, attempts left, asked
    /// within the link's lifetime).
    /// </summary>
    /// <returns>False when nothing was due.</returns>
    /// <exception cref="MailDeliveryException">The SMTP server refused or could not be reached (see <see cref="MailDeliveryException.IsTransient"/>).</exception>
    public async Task<bool> SendConfirmationAsync(string tenantName, int askerId, int maxAttempts, CancellationToken ct)
    {
        var asker = await store.FindAsync(askerId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (asker?.Email is null || asker.ConfirmNonce is null || asker.EmailConfirmedUtc is not null || asker.ConfirmMailedUtc is not null
            || asker.ConfirmMailAttempts >= maxAttempts || asker.AskedUtc <= now - options.Value.ConfirmationLifetime
            || !await store.ClaimConfirmMailAsync(askerId, asker.ConfirmMailAttempts, ct))
        {
            return false;
        }

        var site = await templates.SiteAsync(tenantName, ct);
        var text = ThemeText.For(site.Language);
        var email = site.View.Text;
        var subject = string.Format(CultureInfo.InvariantCulture, text.QuestionConfirmSubject, site.View.Name).ReplaceLineEndings(" ");
        var model = new ConfirmEmailView
        {
            ConfirmUrl = links.ConfirmUrl(tenantName, asker.Id, asker.ConfirmNonce),
            ConsentText = asker.ConsentText ?? string.Empty,
            Intro = text.QuestionConfirmIntro,
            Button = email.ConfirmButton,
            Validity = string.Empty,
            Ignore = email.ConfirmIgnore,
            ConsentLabel = email.ConfirmConsentLabel,
        };
        return await DeliverOnceAsync(tenantName, site, asker, subject, model,
            () => store.GiveUpConfirmMailAsync(askerId, maxAttempts, CancellationToken.None),
            () => store.MarkConfirmMailedAsync(askerId, clock.GetUtcNow().UtcDateTime, CancellationToken.None),
            ct);
    }

    /// <summary>
    /// Sends one asker the "your question was answered" email if it is still due (confirmed address, answer published on
    /// the question or the one it was merged into, never accepted before, attempts left).
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
        return await DeliverOnceAsync(tenantName, site, asker, subject, model,
            () => store.GiveUpAnswerMailAsync(askerId, maxAttempts, CancellationToken.None),
            () => store.MarkAnswerMailedAsync(askerId, clock.GetUtcNow().UtcDateTime, CancellationToken.None),
            ct);
    }

    /// <summary>Sends a claimed attempt; records the acceptance, or gives up for good on a permanent refusal (5xx: no sweep will try again).</summary>
    private async Task<bool> DeliverOnceAsync(string tenantName, EmailSite site, QuestionRecord to, string subject, ConfirmEmailView model, Func<Task> giveUp, Func<Task> accepted, CancellationToken ct)
    {
        try
        {
            if (!await DeliverAsync(tenantName, site, to, subject, model, ct))
            {
                return false;
            }
        }
        catch (MailDeliveryException ex) when (!ex.IsTransient)
        {
            await giveUp();
            throw;
        }

        await accepted();
        return true;
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
