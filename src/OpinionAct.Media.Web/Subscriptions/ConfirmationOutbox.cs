using System.Threading.Channels;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// Confirmation emails (and other modules' one-off emails, <see cref="IOutboxMail"/>) waiting to be sent by <see cref="ConfirmationMailWorker"/>. Signups only enqueue,
/// so a request costs the same whether an email goes out or not (no timing oracle), and a slow or failing
/// SMTP server never shows in the answer. In memory: a crash loses the queued emails, and the reader can
/// ask again after the resend interval (documented in docs/newsletters.md). Each first enqueue also records, durably,
/// that the tenant's confirmation sweep is due once the quick retries would be over, so the sweep looks at this
/// tenant then (and after a restart) and at no other.
/// </summary>
public sealed class ConfirmationOutbox(TenantDueIndex work, TimeProvider clock, IOptions<SubscriptionOptions> options, ILogger<ConfirmationOutbox> logger)
{
    public const int Capacity = 10_000;

    private readonly Channel<ConfirmationMailJob> _channel = Channel.CreateBounded<ConfirmationMailJob>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public ChannelReader<ConfirmationMailJob> Reader => _channel.Reader;

    public void Enqueue(string tenant, int consentId, int attempt = 1)
    {
        if (attempt == 1)
        {
            work.ScheduleDurably(tenant, ConfirmationMailWorker.JobKind, clock.GetUtcNow() + options.Value.ConfirmationSweepAfter);
        }

        if (!_channel.Writer.TryWrite(new ConfirmationMailJob(tenant, consentId, attempt)))
        {
            logger.ConfirmationQueueFull(tenant, consentId);
        }
    }

    /// <summary>
    /// Queues one email of another module (<see cref="IOutboxMail"/> of <paramref name="kind"/>). The caller has recorded
    /// durably that it is due, and scheduled its own sweep, before committing: a full queue or a crash leaves it to that sweep.
    /// </summary>
    public void EnqueueMail(string tenant, string kind, int id, int attempt = 1)
    {
        if (!_channel.Writer.TryWrite(new ConfirmationMailJob(tenant, id, attempt, kind)))
        {
            logger.OutboxMailQueueFull(tenant, kind, id);
        }
    }

    /// <summary>Queues a job again for its next attempt, whatever its kind.</summary>
    internal void Retry(ConfirmationMailJob job)
    {
        if (job.Kind == ConfirmationMailJob.Consent)
        {
            Enqueue(job.Tenant, job.ConsentId, job.Attempt + 1);
        }
        else
        {
            EnqueueMail(job.Tenant, job.Kind, job.ConsentId, job.Attempt + 1);
        }
    }
}
