using Microsoft.Extensions.Options;
using OpinionAct.Media.Data.Questions;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Subscriptions;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Questions;

/// <summary>
/// Queues again the askers' emails that became due but were never accepted by the mail server (the process died before
/// sending, or every quick retry failed): address confirmations (due from the ask's commit, while the link is valid) and
/// answer emails (due from the commit that recorded them). Due for a tenant <see cref="SubscriptionOptions.ConfirmationSweepAfter"/>
/// after such a commit (written to the tenant table before it, so a restart keeps it), then every
/// <see cref="SubscriptionOptions.ConfirmationSweepInterval"/> while it finds some, up to
/// <see cref="SubscriptionOptions.ConfirmationMaxAttempts"/> attempts per email: the same rhythm as newsletter confirmations.
/// </summary>
internal sealed class QuestionMailSweep(
    ConfirmationOutbox outbox,
    TenantActivator activator,
    IServiceProvider services,
    TimeProvider clock,
    IOptions<SubscriptionOptions> options,
    IOptions<QuestionOptions> questionOptions,
    ILogger<QuestionMailSweep> logger) : ITenantJob
{
    public const string JobKind = "question-mails";

    public string Kind => JobKind;

    public async Task<DateTimeOffset?> RunAsync(TenantDescriptor tenant, CancellationToken cancellationToken) =>
        await SweepTenantAsync(tenant, cancellationToken) > 0 ? clock.GetUtcNow() + options.Value.ConfirmationSweepInterval : null;

    /// <summary>Queues one tenant's askers' emails whose quick retries are over; returns how many.</summary>
    public async Task<int> SweepTenantAsync(TenantDescriptor tenant, CancellationToken cancellationToken)
    {
        try
        {
            await activator.EnsureActivatedAsync(tenant.Name);
            await using var scope = services.CreateTenantScope(tenant);
            var store = scope.ServiceProvider.GetRequiredService<QuestionStore>();
            var settings = options.Value;
            var now = clock.GetUtcNow().UtcDateTime;
            var quickRetriesOver = now - settings.ConfirmationSweepAfter;
            var take = ConfirmationOutbox.Capacity / 10;
            var confirmations = await store.ConfirmMailsDueAsync(now - questionOptions.Value.ConfirmationLifetime, quickRetriesOver, settings.ConfirmationMaxAttempts, take, cancellationToken);
            var answers = await store.AnswerMailsDueAsync(quickRetriesOver, settings.ConfirmationMaxAttempts, take, cancellationToken);

            // Past the quick retries: a transient failure now waits for the next sweep.
            var attempt = settings.RetryDelays.Count + 1;
            confirmations.ForEach(id => outbox.EnqueueMail(tenant.Name, QuestionConfirmMail.MailKind, id, attempt));
            answers.ForEach(id => outbox.EnqueueMail(tenant.Name, QuestionAnswerMail.MailKind, id, attempt));
            return confirmations.Count + answers.Count;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One tenant's broken database must not stop the others' emails.
            logger.QuestionSweepFailed(ex, tenant.Name);
            return 1;
        }
    }
}
