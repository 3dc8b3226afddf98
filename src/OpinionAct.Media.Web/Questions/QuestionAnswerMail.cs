using Microsoft.Extensions.Options;
using OpinionAct.Media.Web.Subscriptions;

namespace OpinionAct.Media.Web.Questions;

/// <summary>
/// The "your question was answered" email as a kind of the confirmation queue's jobs: the worker gives it the quick
/// retries of confirmations, <see cref="QuestionMailSweep"/> sends what a crash or the last failed retry left.
/// </summary>
internal sealed class QuestionAnswerMail(QuestionMailer mailer, IOptions<SubscriptionOptions> options) : IOutboxMail
{
    public const string MailKind = "question-answer";

    public string Kind => MailKind;

    public string SweepKind => QuestionMailSweep.JobKind;

    public Task<bool> SendAsync(string tenantName, int id, CancellationToken cancellationToken) =>
        mailer.SendAnswerAsync(tenantName, id, options.Value.ConfirmationMaxAttempts, cancellationToken);
}
