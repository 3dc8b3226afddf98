using Microsoft.Extensions.Options;
using OpinionAct.Media.Web.Subscriptions;

namespace OpinionAct.Media.Web.Questions;

/// <summary>
/// The asker's address confirmation (double opt-in) as a kind of the confirmation queue's jobs: queued after the ask's
/// commit, so the request never waits for the mail server; quick retries by the worker, then <see cref="QuestionMailSweep"/>.
/// </summary>
internal sealed class QuestionConfirmMail(QuestionMailer mailer, IOptions<SubscriptionOptions> options) : IOutboxMail
{
    public const string MailKind = "question-confirm";

    public string Kind => MailKind;

    public string SweepKind => QuestionMailSweep.JobKind;

    public Task<bool> SendAsync(string tenantName, int id, CancellationToken cancellationToken) =>
        mailer.SendConfirmationAsync(tenantName, id, options.Value.ConfirmationMaxAttempts, cancellationToken);
}
