using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Content;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// The background service that sends newsletters, in the web host. Every <see cref="NewsletterSendOptions.PollInterval"/>
/// and for each running tenant: queue the scheduled issues whose time has come, then start a pass over each issue
/// being sent (one tenant's passes run one after another; tenants run side by side). On stop, passes finish the
/// messages in flight, record them, and give back the rows they had leased but not started.
/// </summary>
public sealed class NewsletterSendWorker(
    IServiceProvider services,
    TenantRegistry registry,
    IssueSender sender,
    TenantActivator activator,
    IOptions<NewsletterSendOptions> options,
    ILogger<NewsletterSendWorker> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, Task> _running = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval);
        try
        {
            do
            {
                Tick(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: fall through and wait for the passes to settle what they started.
        }

        await Task.WhenAll(_running.Values);
    }

    /// <summary>Starts work for every running tenant that has none in progress on this node.</summary>
    private void Tick(CancellationToken stoppingToken)
    {
        foreach (var tenant in registry.Table.Tenants.Where(t => t.State == TenantState.Running && !t.IsHost))
        {
            if (_running.ContainsKey(tenant.Name))
            {
                continue;
            }

            var work = Task.Run(() => WorkTenantAsync(tenant, stoppingToken), CancellationToken.None);
            _running[tenant.Name] = work;
            _ = work.ContinueWith(_ => _running.TryRemove(tenant.Name, out var _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
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
