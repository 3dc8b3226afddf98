using System.Threading.Channels;

namespace OpinionAct.Media.Web.Accounts;

/// <summary>
/// Reset emails waiting for <see cref="PasswordResetWorker"/>. The request only enqueues, whether or not the
/// address has an account, so the answer and its timing say nothing about existence. In memory: a crash
/// loses queued emails, and the person asks again.
/// </summary>
public sealed class PasswordResetOutbox(ILogger<PasswordResetOutbox> logger)
{
    private readonly Channel<PasswordResetJob> _channel = Channel.CreateBounded<PasswordResetJob>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public ChannelReader<PasswordResetJob> Reader => _channel.Reader;

    public void Enqueue(PasswordResetJob job)
    {
        if (!_channel.Writer.TryWrite(job))
        {
            logger.PasswordResetQueueFull(job.Tenant);
        }
    }
}
