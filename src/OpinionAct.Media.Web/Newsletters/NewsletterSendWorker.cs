using Microsoft.Extensions.Options;
using OpinionAct.Media.Content;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// The newsletter job of <see cref="TenantWorkScheduler"/>, in the web host. When it is due for a tenant (an issue was
/// queued or its scheduled time came, or a pass is still sending): queue the scheduled issues whose time has come, then
/// run a pass over each issue being sent; next due in <see cref="NewsletterSendOptions.PollInterval"/> while an issue is
/// still being sent, else at the next scheduled issue. One tenant's passes run one after another; tenants run side by side
/// (up to <see cref="TenantWorkScheduler.MaxConcurrentRuns"/> jobs). On stop, passes finish the messages in flight,
/// record them, and give back the rows they had leased but not started.
/// </summary>
public sealed class NewsletterSendWorker(
    IServiceProvider services,
    IssueSender sender,
    TenantActivator activator,
    TimeProvider clock,
    IOptions<NewsletterSendOptions> options,
    ILogger<NewsletterSendWorker> logger) : ITenantJob
{
    /// <summary>The job's kind in the due-time index.</summary>
    public const string JobKind = "newsletters";

    public string Kind => JobKind;

    public bool Enabled => options.Value.Enabled;

    /// <summary>Every node sends: recipients are leased row by row (<c>SKIP LOCKED</c>), so nodes share one issue's queue.</summary>
    public JobPlacement Placement => JobPlacement.EveryNode;

    /// <inheritdoc />
    public async Task<DateTimeOffset?> RunAsync(TenantDescriptor tenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        if (!options.Value.Enabled)
        {
            return null;
        }

        await WorkTenantAsync(tenant, cancellationToken);
        if (cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        await using var scope = services.CreateTenantScope(tenant);
        var next = await scope.ServiceProvider.GetRequiredService<IssueService>().NextWorkAsync(cancellationToken);
        var soonest = clock.GetUtcNow() + options.Value.PollInterval;

        // Still sending (rate limits, failures to retry): look again after the poll interval, not in a busy loop.
        return next is { } at && at < soonest ? soonest : next;
    }

    /// <summary>One tenant's round: queue due scheduled issues, then one pass over each issue being sent. Public for tests.</summary>
    public async Task WorkTenantAsync(TenantDescriptor tenant, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        try
        {
            // Migrates a tenant not used since a deploy, as its first request would.
            await activator.EnsureActivatedAsync(tenant.Name);
            List<int> sending;
            await using (var scope = services.CreateTenantScope(tenant))
            {
                var issues = scope.ServiceProvider.GetRequiredService<IssueService>();
                foreach (var id in await issues.DueAsync(stoppingToken))
                {
                    try
                    {
                        await issues.QueueAsync(id, stoppingToken);
                    }
                    catch (ContentNotFoundException)
                    {
                        // Deleted between the query and now: nothing to queue.
                    }
                    catch (MediaValidationException ex)
                    {
                        // Another node queued it first (it is Sending now: nothing changes), or it has nothing left
                        // to send (its articles were unpublished): back to draft for an editor to look at.
                        if (await issues.ReturnToDraftAsync(id, stoppingToken))
                        {
                            logger.ScheduledIssueNotQueued(tenant.Name, id, ex.Message);
                        }
                    }
                }

                sending = await issues.SendingAsync(stoppingToken);
            }

            foreach (var id in sending)
            {
                if (stoppingToken.IsCancellationRequested)
                {
                    break;
                }

                await sender.RunAsync(tenant, id, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        catch (Exception ex)
        {
            // One tenant's broken database or SMTP settings must not stop the others' newsletters.
            logger.SendWorkerFailed(ex, tenant.Name);
        }
    }
}
