using System.Threading.Channels;

namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// Confirmation emails waiting to be sent by <see cref="ConfirmationMailWorker"/>. Signups only enqueue,
/// so a request costs the same whether an email goes out or not (no timing oracle), and a slow or failing
/// SMTP server never shows in the answer. In memory: a crash loses the queued emails, and the reader can
/// ask again after the resend interval (documented in docs/newsletters.md).
/// </summary>
public sealed class ConfirmationOutbox(ILogger<ConfirmationOutbox> logger)
{
    public const int Capacity = 10_000;

    private readonly Channel<ConfirmationMailJob> _channel = Channel.CreateBounded<ConfirmationMailJob>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public ChannelReader<ConfirmationMailJob> Reader => _channel.Reader;

    public void Enqueue(string tenant, int consentId, int attempt = 1)
    {
        if (!_channel.Writer.TryWrite(new ConfirmationMailJob(tenant, consentId, attempt)))
        {
            logger.ConfirmationQueueFull(tenant, consentId);
        }
    }
}
