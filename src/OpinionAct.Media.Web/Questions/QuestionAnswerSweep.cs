using Microsoft.Extensions.Options;
using OpinionAct.Media.Data.Questions;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Subscriptions;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Questions;

/// <summary>
/// Queues again the answer emails that became due (recorded with the answer's commit) but were never accepted by the
/// mail server: the process died before sending, or every quick retry failed. Due for a tenant
/// <see cref="SubscriptionOptions.ConfirmationSweepAfter"/> after an answer was queued there (written to the tenant
/// table before that commit, so a restart keeps it), then every <see cref="SubscriptionOptions.ConfirmationSweepInterval"/>
/// while it finds some, up to <see cref="SubscriptionOptions.ConfirmationMaxAttempts"/> attempts per asker: the same
/// rhythm as confirmations.
/// </summary>
internal sealed class QuestionAnswerSweep(
    ConfirmationOutbox outbox,
    TenantActivator activator,
    IServiceProvider services,
    TimeProvider clock,
    IOptions<SubscriptionOptions> options,
    ILogger<QuestionAnswerSweep> logger) : ITenantJob
{
    public const string JobKind = "question-answers";

    public string Kind => JobKind;

    public async Task<DateTimeOffset?> RunAsync(TenantDescriptor tenant, CancellationToken cancellationToken) =>
        await SweepTenantAsync(tenant, cancellationToken) > 0 ? clock.GetUtcNow() + options.Value.ConfirmationSweepInterval : null;

    /// <summary>Queues one tenant's answer emails whose quick retries are over; returns how many.</summary>
    public async Task<int> SweepTenantAsync(TenantDescriptor tenant, CancellationToken cancellationToken)
    {
        try
        {
            await activator.EnsureActivatedAsync(tenant.Name);
            await using var scope = services.CreateTenantScope(tenant);
            var settings = options.Value;
            var due = await scope.ServiceProvider.GetRequiredService<QuestionStore>().AnswerMailsDueAsync(
                clock.GetUtcNow().UtcDateTime - settings.ConfirmationSweepAfter, settings.ConfirmationMaxAttempts, ConfirmationOutbox.Capacity / 10, cancellationToken);
            foreach (var id in due)
            {
                // Past the quick retries: a transient failure now waits for the next sweep.
                outbox.EnqueueMail(tenant.Name, QuestionAnswerMail.MailKind, id, settings.RetryDelays.Count + 1);
            }

            return due.Count;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One tenant's broken database must not stop the others' emails.
            logger.QuestionSweepFailed(ex, tenant.Name);
            return 1;
        }
    }
}
