using Microsoft.Extensions.Options;
using OpinionAct.Media.Data.Subscriptions;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// Sends queued confirmation emails one by one. A transient failure (4xx, connection lost) is retried
/// after each of <see cref="SubscriptionOptions.RetryDelays"/>; a permanent one (5xx) or the
/// last failed retry is logged with the consent id (never the address). The queue is in memory, so a
/// sweep (this class's job in <see cref="TenantWorkScheduler"/>) looks in a tenant's database for confirmations that
/// were queued but never accepted by the SMTP server (the process died, or every quick retry failed) and queues them
/// again, up to <see cref="SubscriptionOptions.ConfirmationMaxAttempts"/> attempts in all. The sweep is due for a
/// tenant <see cref="SubscriptionOptions.ConfirmationSweepAfter"/> after a confirmation was queued there (recorded in
/// the tenant table, so a restart keeps it), and again every <see cref="SubscriptionOptions.ConfirmationSweepInterval"/>
/// while it finds some; a tenant without signups is never swept.
/// </summary>
public sealed class ConfirmationMailWorker(
    ConfirmationOutbox queue,
    TenantRegistry registry,
    TenantActivator activator,
    TenantDueIndex work,
    IServiceProvider services,
    TimeProvider clock,
    IOptions<SubscriptionOptions> options,
    ILogger<ConfirmationMailWorker> logger) : BackgroundService, ITenantJob
{
    /// <summary>The sweep's kind in the due-time index.</summary>
    public const string JobKind = "confirmations";

    public string Kind => JobKind;

    /// <inheritdoc />
    public async Task<DateTimeOffset?> RunAsync(TenantDescriptor tenant, CancellationToken cancellationToken) =>
        await SweepTenantAsync(tenant, cancellationToken) > 0 ? clock.GetUtcNow() + options.Value.ConfirmationSweepInterval : null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await SendAsync(job, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is left unsent is the next start's sweep.
        }
    }

    /// <summary>Queues one tenant's unsent confirmations whose quick retries are over; returns how many. Public for tests.</summary>
    public async Task<int> SweepTenantAsync(TenantDescriptor tenant, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        try
        {
            await activator.EnsureActivatedAsync(tenant.Name);
            await using var scope = services.CreateTenantScope(tenant);
            var settings = options.Value;
            var now = clock.GetUtcNow().UtcDateTime;
            var queuedBefore = now - settings.ConfirmationSweepAfter;
            var stillValid = now - settings.ConfirmationLifetime;
            var maxAttempts = settings.ConfirmationMaxAttempts;
            var due = await scope.ServiceProvider.GetRequiredService<ConsentStore>()
                .UnmailedAsync(queuedBefore, stillValid, maxAttempts, ConfirmationOutbox.Capacity / 10, stoppingToken);
            foreach (var id in due)
            {
                // Past the quick retries: a transient failure now waits for the next sweep.
                queue.Enqueue(tenant.Name, id, settings.RetryDelays.Count + 1);
            }

            return due.Count;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One tenant's broken database must not stop the others' confirmations.
            logger.ConfirmationSweepFailed(ex, tenant.Name);
            return 1;
        }
    }

    private async Task SendAsync(ConfirmationMailJob job, CancellationToken stoppingToken)
    {
        var tenant = registry.Table.Find(job.Tenant) is { State: TenantState.Running } running ? running : null;
        if (tenant is null)
        {
            return;
        }

        var consent = job.Kind == ConfirmationMailJob.Consent;
        var sweep = JobKind;
        try
        {
            await using var scope = services.CreateTenantScope(tenant);
            if (consent)
            {
                if (await scope.ServiceProvider.GetRequiredService<ConfirmationMailer>().SendAsync(job.Tenant, job.ConsentId, stoppingToken))
                {
                    logger.ConfirmationSent(job.Tenant, job.ConsentId);
                }
            }
            else
            {
                var mail = scope.ServiceProvider.GetServices<IOutboxMail>().Single(m => m.Kind == job.Kind);
                sweep = mail.SweepKind;
                if (await mail.SendAsync(job.Tenant, job.ConsentId, stoppingToken))
                {
                    logger.OutboxMailSent(job.Tenant, job.Kind, job.ConsentId);
                }
            }
        }
        catch (MailDeliveryException ex) when (ex.IsTransient && job.Attempt <= options.Value.RetryDelays.Count)
        {
            var delay = options.Value.RetryDelays[job.Attempt - 1];
            if (consent)
            {
                logger.ConfirmationRetry(job.Tenant, job.ConsentId, job.Attempt, delay, ex.Message);
            }
            else
            {
                logger.OutboxMailRetry(job.Tenant, job.Kind, job.ConsentId, job.Attempt, delay, ex.Message);
            }

            _ = RetryLaterAsync(job, delay, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (consent)
            {
                logger.ConfirmationFailed(ex, job.Tenant, job.ConsentId);
            }
            else
            {
                logger.OutboxMailFailed(ex, job.Tenant, job.Kind, job.ConsentId);
            }

            // A later sweep may still deliver it (up to the maximum attempts).
            work.ScheduleDurably(job.Tenant, sweep, clock.GetUtcNow() + options.Value.ConfirmationSweepInterval);
        }
    }

    private async Task RetryLaterAsync(ConfirmationMailJob job, TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, stoppingToken);
            queue.Retry(job);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the reader can sign up again.
        }
    }
}
