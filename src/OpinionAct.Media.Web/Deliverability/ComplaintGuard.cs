using Microsoft.Extensions.Options;
using OpinionAct.Media.Audit;
using OpinionAct.Media.Data.Deliverability;
using OpinionAct.Media.Web.Audit;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Deliverability;

/// <summary>
/// Pauses a hub's issue sending when its readers' complaint rate passes <see cref="ListHygieneOptions.ComplaintPauseRate"/>
/// over <see cref="ListHygieneOptions.ComplaintWindow"/>. Checked when a complaint is recorded (the rate can only rise
/// then); the send passes stop at their next batch while paused. An Admin resumes, and the window restarts then, so
/// the complaints that caused the pause do not pause it again at once.
/// </summary>
public sealed class ComplaintGuard(ListHygieneStore store, AuditTrail audit, TenantContext tenant, TimeProvider clock, IOptions<ListHygieneOptions> options, ILogger<ComplaintGuard> logger)
{
    /// <summary>The pause, and complaints and messages in the current window.</summary>
    public async Task<ComplaintStatus> StatusAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var pause = await store.PauseAsync(cancellationToken);
        var since = clock.GetUtcNow().UtcDateTime - settings.ComplaintWindow;
        if (pause?.ResumedUtc is { } resumed && resumed > since)
        {
            since = resumed;
        }

        var (complaints, sent) = await store.ComplaintsSinceAsync(since, cancellationToken);
        return new ComplaintStatus(pause, since, complaints, sent, settings);
    }

    /// <summary>Measures the rate and pauses sending when it is too high; true when this call paused it.</summary>
    public async Task<bool> CheckAsync(CancellationToken cancellationToken)
    {
        var status = await StatusAsync(cancellationToken);
        var (complaints, sent, since, rule) = (status.Complaints, status.MessagesSent, status.WindowStartUtc, status.Rule);
        if (status.Paused || sent < rule.ComplaintMinimumMessages || complaints <= rule.ComplaintPauseRate * sent)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;

        if (!await store.PauseSendingAsync(complaints, sent, now, cancellationToken))
        {
            return false;
        }

        logger.SendingPaused(tenant.Tenant.Name, complaints, sent);
        await audit.RecordAsync(AuditActions.SendingPaused, "newsletters", $"{complaints} complaints for {sent} messages since {since:u}", AuditActor.System, cancellationToken);
        return true;
    }

    /// <summary>An Admin's decision to send again; false when sending was not paused.</summary>
    public async Task<bool> ResumeAsync(string by, CancellationToken cancellationToken)
    {
        if (!await store.ResumeSendingAsync(by, clock.GetUtcNow().UtcDateTime, cancellationToken))
        {
            return false;
        }

        await audit.RecordAsync(AuditActions.SendingResumed, "newsletters", cancellationToken: cancellationToken);
        return true;
    }
}
