using Microsoft.Extensions.Options;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// Sends queued confirmation emails one by one. A transient failure (4xx, connection lost) is retried
/// after each of <see cref="SubscriptionOptions.RetryDelays"/>; a permanent one (5xx) or the
/// last failed retry is logged with the consent id (never the address) and dropped.
/// </summary>
public sealed class ConfirmationMailWorker(
    ConfirmationOutbox queue,
    TenantRegistry registry,
    IServiceProvider services,
    IOptions<SubscriptionOptions> options,
    ILogger<ConfirmationMailWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken))
        {
            await SendAsync(job, stoppingToken);
        }
    }

    private async Task SendAsync(ConfirmationMailJob job, CancellationToken stoppingToken)
    {
        var tenant = registry.Table.Tenants.FirstOrDefault(t => t.Name == job.Tenant && t.State == TenantState.Running);
        if (tenant is null)
        {
            return;
        }

        try
        {
            await using var scope = services.CreateTenantScope(tenant);
            if (await scope.ServiceProvider.GetRequiredService<ConfirmationMailer>().SendAsync(job.Tenant, job.ConsentId, stoppingToken))
            {
                logger.ConfirmationSent(job.Tenant, job.ConsentId);
            }
        }
        catch (MailDeliveryException ex) when (ex.IsTransient && job.Attempt <= options.Value.RetryDelays.Count)
        {
            var delay = options.Value.RetryDelays[job.Attempt - 1];
            logger.ConfirmationRetry(job.Tenant, job.ConsentId, job.Attempt, delay, ex.Message);
            _ = RetryLaterAsync(job, delay, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.ConfirmationFailed(ex, job.Tenant, job.ConsentId);
        }
    }

    private async Task RetryLaterAsync(ConfirmationMailJob job, TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, stoppingToken);
            queue.Enqueue(job.Tenant, job.ConsentId, job.Attempt + 1);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the reader can sign up again.
        }
    }
}
