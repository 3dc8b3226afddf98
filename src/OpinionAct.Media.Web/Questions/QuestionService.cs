using Microsoft.Extensions.Options;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Questions;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Questions;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Subscriptions;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Questions;

/// <summary>
/// Asking, the same for the form and the API: client throttle, honeypot, text rules, address check and throttle,
/// then one row; a given address gets the double opt-in email through the confirmation queue right after the commit
/// (the same signed-link and consent-proof approach as newsletter signup: the text agreed to is stored with the question).
/// </summary>
public sealed partial class QuestionService(
    QuestionStore store,
    QuestionThrottle throttle,
    TenantContext tenant,
    TrustedProxies proxies,
    TimeProvider clock,
    IEnumerable<IContentChangeListener> listeners,
    ConfirmationOutbox outbox,
    TenantDueIndex work,
    IOptions<SubscriptionOptions> mailOptions,
    ILogger<QuestionService> logger)
{
    public async Task<AskAttempt> AskAsync(HttpContext http, QuestionInput input, string consentText, CancellationToken ct)
    {
        var name = tenant.Tenant.Name;
        if (await throttle.ClientAsync(name, proxies.ClientAddress(http)) is { } wait)
        {
            logger.QuestionThrottled(name, "client");
            return new AskAttempt(RetryAfter: wait);
        }

        if (!string.IsNullOrEmpty(input.Website))
        {
            logger.QuestionHoneypot(name);
            return AskAttempt.Accepted;
        }

        string text;
        string? email = null;
        try
        {
            text = QuestionRules.Clean(input.Question);
            if (!string.IsNullOrWhiteSpace(input.Email))
            {
                email = EmailAddresses.Normalize(input.Email, out var error) ?? throw new MediaValidationException(error ?? "Check the email address.");
            }
        }
        catch (MediaValidationException ex)
        {
            return new AskAttempt(Error: ex.Message);
        }

        if (email is not null && await throttle.AddressAsync(name, email) is { } addressWait)
        {
            logger.QuestionThrottled(name, "address");
            return new AskAttempt(RetryAfter: addressWait);
        }

        var (topic, expert, article) = await store.ResolveAsync(Cut(input.Topic, 200), Cut(input.Expert, 200), Cut(input.Article, 500)?.Trim('/'), ct);
        var question = new QuestionRecord
        {
            Text = text,
            Email = email,
            ConsentText = email is null ? null : TextLimit.Cut(consentText, 1500),
            ConfirmNonce = email is null ? null : Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)),
            Page = Cut(input.Page, 2000),
            TopicId = topic,
            ExpertId = expert,
            ArticleId = article,
            AskedUtc = clock.GetUtcNow().UtcDateTime,
        };
        if (email is not null)
        {
            // Due in the tenant table before the commit: if the process dies before the queue sends, the sweep does.
            await work.ScheduleAsync(name, QuestionMailSweep.JobKind, clock.GetUtcNow() + mailOptions.Value.ConfirmationSweepAfter, ct);
        }

        var id = await store.AddAsync(question, ct);
        logger.QuestionAsked(name, id, email is not null);
        if (email is not null)
        {
            outbox.EnqueueMail(name, QuestionConfirmMail.MailKind, id);
        }

        return AskAttempt.Accepted;
    }

    /// <summary>Follows a confirmation link: true when the address is (now, or already) confirmed.</summary>
    public async Task<bool> ConfirmAsync(int id, string nonce, CancellationToken ct)
    {
        var question = await store.FindAsync(id, ct);
        if (question is null || question.Email is null)
        {
            return false;
        }

        if (question.EmailConfirmedUtc is not null)
        {
            return true;
        }

        if (question.ConfirmNonce is null || !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(question.ConfirmNonce), System.Text.Encoding.ASCII.GetBytes(nonce)))
        {
            return false;
        }

        question.EmailConfirmedUtc = clock.GetUtcNow().UtcDateTime;
        question.ConfirmNonce = null;

        // Answered before the asker confirmed: they are still told, once.
        var due = question.Status == QuestionStatus.Answered || (question.DuplicateOfId is { } of && (await store.FindAsync(of, ct))?.Status == QuestionStatus.Answered)
            ? await DueAnswerMailsAsync([question], ct)
            : [];
        await store.SaveAsync(ct);
        QueueAnswerMails(due);
        return true;
    }

    private static string? Cut(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : TextLimit.Cut(value.Trim(), max);
}
