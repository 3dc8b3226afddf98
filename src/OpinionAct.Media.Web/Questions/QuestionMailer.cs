using System.Globalization;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Questions;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Site;
using OpinionAct.Media.Web.Newsletters;

namespace OpinionAct.Media.Web.Questions;

/// <summary>
/// The two emails an asker may get, rendered from the theme's <c>email/confirm</c> template and sent from the hub's
/// first newsletter's sender: the double opt-in of their address, and the one "your question was answered". The
/// answer email is claimed in the database before it is sent, so it goes at most once per asker, whichever node or
/// retry gets there; a failed send is logged and not retried (telling twice is worse than not telling).
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

    /// <summary>Tells every confirmed asker of a question (and of its merged duplicates) not yet told.</summary>
    public async Task SendAnswersAsync(string tenantName, int questionId, CancellationToken ct)
    {
        var answered = await store.FindAsync(questionId, ct);
        if (answered?.Status != QuestionStatus.Answered)
        {
            return;
        }

        foreach (var asker in await store.AskersToMailAsync(questionId, ct))
        {
            if (!await store.ClaimAnswerMailAsync(asker.Id, clock.GetUtcNow().UtcDateTime, ct))
            {
                continue;
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
            await SendAsync(tenantName, site, asker, subject, model, ct);
        }
    }

    private async Task SendAsync(string tenantName, EmailSite site, QuestionRecord to, string subject, ConfirmEmailView model, CancellationToken ct)
    {
        var sender = (await newsletters.ListAsync(ct)).FirstOrDefault();
        if (sender is null)
        {
            logger.QuestionNoSender(tenantName, to.Id);
            return;
        }

        try
        {
            var rendered = await templates.RenderAsync(site, "confirm", new EmailView { Subject = subject, Preheader = model.Intro }, model, ct);
            var message = new EmailMessage(new EmailMailbox(sender.SenderName, sender.SenderAddress), new EmailMailbox(null, to.Email!), subject, rendered.Html, rendered.Text)
            {
                Headers = new Dictionary<string, string> { ["Auto-Submitted"] = "auto-generated" },
            };
            await using var session = await transport.OpenAsync(tenantName, ct);
            await session.SendAsync(message, ct);
        }
        catch (MailDeliveryException ex)
        {
            logger.QuestionMailFailed(ex, tenantName, to.Id);
        }
    }
}
