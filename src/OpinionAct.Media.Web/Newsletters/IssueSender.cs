using System.Collections.Concurrent;
using System.Threading.Channels;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Data.Bounces;
using OpinionAct.Media.Data.Deliverability;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Deliverability;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Site;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Bounces;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Web.Subscriptions;

using OpinionAct.Media.Web.Deliverability;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// Works one issue's queue for one pass: leases batches of due rows, hands them to
/// <see cref="TenantSendLimits.Concurrency"/> lanes that each hold one SMTP session, paces them with a token
/// bucket, and settles each row as soon as its answer is known. A pass ends when no row is due (rows waiting
/// for a retry are left for a later pass) or when stopping is requested; rows leased but not started are then
/// given back, and a message already handed to SMTP is always finished and recorded first.
/// </summary>
public sealed class IssueSender(
    IServiceProvider services,
    IMailTransport transport,
    EmailTemplates emails,
    SubscriberLinks links,
    IOptions<NewsletterSendOptions> options,
    TimeProvider clock,
    ILogger<IssueSender> logger,
    ReturnPaths? returnPaths = null)
{
    /// <summary>Identifies this process in lease owners (with a per-pass suffix).</summary>
    private static readonly string Node = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>One pass over the issue's due rows; returns what it settled.</summary>
    public async Task<SendPassResult> RunAsync(TenantDescriptor tenant, int issueId, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        if (await TemplateAsync(tenant, issueId, stopping) is not { } template)
        {
            return SendPassResult.None;
        }

        var issue = template.Issue;
        using var activity = MediaTelemetry.Source.StartActivity("newsletter send pass");
        activity?.SetTag("media.tenant", tenant.Name);
        activity?.SetTag("media.issue", issueId);
        var started = clock.GetTimestamp();
        await using var marksScope = services.CreateTenantScope(tenant);
        var run = new SendPass(template, $"{Node}:{Guid.NewGuid():N}", new SentMarks(marksScope.ServiceProvider.GetRequiredService<DeliveryStore>()));

        var settings = options.Value;
        var limits = settings.LimitsFor(tenant.Name);
        var concurrency = Math.Clamp(limits.Concurrency ?? 1, 1, 64);
        var rate = limits.MessagesPerSecond ?? 0;
        using var limiter = rate > 0 ? Limiter(rate) : null;
        logger.IssueSendStarted(tenant.Name, issueId, concurrency, rate);

        var channel = Channel.CreateBounded<ClaimedDelivery>(new BoundedChannelOptions(Math.Max(settings.BatchSize, 1)) { SingleWriter = true });
        var lanes = Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => LaneAsync(tenant, issue, channel.Reader, limiter, run, stopping), CancellationToken.None)).ToArray();
        try
        {
            await ProduceAsync(tenant, issue, channel.Writer, run, stopping);
        }
        finally
        {
            channel.Writer.TryComplete();
            await Task.WhenAll(lanes);
            await run.Marks.DisposeAsync();
        }

        await using (var scope = services.CreateTenantScope(tenant))
        {
            var queue = scope.ServiceProvider.GetRequiredService<DeliveryStore>();
            await queue.ReleaseAsync(run.Unstarted.ToList(), run.Owner, CancellationToken.None);
            var result = run.Result();
            logger.IssueSendPass(tenant.Name, issueId, result.Sent, result.Retried, result.Failed, result.Skipped);
            SendPassTelemetry.Record(activity, tenant.Name, result, clock.GetElapsedTime(started));
            if (await queue.CompleteIfDoneAsync(issueId, CancellationToken.None))
            {
                logger.IssueCompleted(tenant.Name, issueId);
            }

            return result;
        }
    }

    /// <summary>
    /// The issue rendered once for this pass (theme, frozen content, click-tracking links), or null when the issue is
    /// not being sent. Internal so the sending benchmark can build the very message a lane sends.
    /// </summary>
    internal async Task<IssueMessageTemplate?> TemplateAsync(TenantDescriptor tenant, int issueId, CancellationToken stopping)
    {
        NewsletterIssueRecord? issue;
        bool clickTracking;
        ReturnPath? returnPath = null;
        await using (var scope = services.CreateTenantScope(tenant))
        {
            issue = await scope.ServiceProvider.GetRequiredService<IssueStore>().FindAsync(issueId, stopping);
            clickTracking = await scope.ServiceProvider.GetRequiredService<NewsletterSettingsStore>().ClickTrackingAsync(stopping);
            if (returnPaths is not null)
            {
                returnPath = returnPaths.ForIssues(await scope.ServiceProvider.GetRequiredService<BounceStore>().GetSettingsAsync(stopping), tenant.Name);
            }
        }

        if (issue is not { Status: IssueStatus.Sending, Newsletter: { } newsletter })
        {
            return null;
        }

        var site = await emails.SiteAsync(tenant.Name, stopping);
        var view = IssueComposer.Thaw(issue.FrozenJson ?? "{}");
        var envelope = new EmailView
        {
            Subject = issue.Subject,
            Preheader = IssueComposer.Preheader(issue, view),
            NewsletterName = newsletter.Name,
            ManageUrl = IssueMessageTemplate.ManagePlaceholder,
            UnsubscribeUrl = IssueMessageTemplate.UnsubscribePlaceholder,
        };
        var rendered = await emails.RenderAsync(site, "issue", envelope, view, stopping);
        if (clickTracking)
        {
            rendered = rendered with { Html = IssueClickLinks.Rewrite(rendered.Html, links.BaseUrl(tenant.Name), url => links.ClickUrl(tenant.Name, issue.Id, url)) };
        }

        return new IssueMessageTemplate(rendered, issue, newsletter, tenant.Name, links, returnPath);
    }

    private async Task ProduceAsync(TenantDescriptor tenant, NewsletterIssueRecord issue, ChannelWriter<ClaimedDelivery> writer, SendPass run, CancellationToken stopping)
    {
        var settings = options.Value;
        await using var scope = services.CreateTenantScope(tenant);
        var queue = scope.ServiceProvider.GetRequiredService<DeliveryStore>();
        var hygiene = scope.ServiceProvider.GetRequiredService<ListHygieneStore>();
        while (!stopping.IsCancellationRequested)
        {
            // Complaints paused the hub's sending (ComplaintGuard): stop before the next batch; the rows wait for a resume.
            if (await hygiene.IsPausedAsync(CancellationToken.None))
            {
                logger.SendPassPaused(tenant.Name, issue.Id);
                return;
            }

            var claimed = await queue.ClaimAsync(issue.Id, run.Owner, settings.LeaseDuration, settings.BatchSize, CancellationToken.None);
            if (claimed.Count == 0)
            {
                return;
            }

            var gone = await queue.NoLongerMailableAsync(issue.NewsletterId, claimed.Select(c => c.SubscriberId).ToList(), CancellationToken.None);
            var skipped = claimed.Where(c => gone.Contains(c.SubscriberId)).Select(c => c.Id).ToList();
            await queue.MarkSkippedAsync(skipped, "Suppressed or unsubscribed since the issue was queued.", CancellationToken.None);
            Interlocked.Add(ref run.Skipped, skipped.Count);

            var handed = 0;
            try
            {
                foreach (var delivery in claimed.Where(c => !gone.Contains(c.SubscriberId)))
                {
                    await writer.WriteAsync(delivery, stopping);
                    handed++;
                }
            }
            catch (OperationCanceledException)
            {
                foreach (var delivery in claimed.Where(c => !gone.Contains(c.SubscriberId)).Skip(handed))
                {
                    run.Unstarted.Add(delivery.Id);
                }

                return;
            }
        }
    }

    private async Task LaneAsync(TenantDescriptor tenant, NewsletterIssueRecord issue, ChannelReader<ClaimedDelivery> reader, RateLimiter? limiter, SendPass run, CancellationToken stopping)
    {
        var settings = options.Value;
        var margin = (long)(settings.LeaseDuration.TotalMilliseconds / 5);
        await using var scope = services.CreateTenantScope(tenant);
        var queue = scope.ServiceProvider.GetRequiredService<DeliveryStore>();
        IMailSession? session = null;
        try
        {
            await foreach (var delivery in reader.ReadAllAsync(CancellationToken.None))
            {
                if (stopping.IsCancellationRequested || !await PermitAsync(limiter, stopping))
                {
                    run.Unstarted.Add(delivery.Id);
                    continue;
                }

                // Too close to the lease's end: another worker may take the row soon, so do not start it; it is leased again later.
                if (clock.GetUtcNow().ToUnixTimeMilliseconds() >= delivery.LeaseUntil - margin)
                {
                    continue;
                }

                // A lane never dies on one row: if it did, the producer would wait forever on a full channel.
                try
                {
                    MailDeliveryException? failure = null;
                    try
                    {
                        var message = run.Template.For(delivery);
                        session ??= await transport.OpenAsync(tenant.Name, CancellationToken.None);

                        // Never cancelled half-way: once DATA may have been accepted, the answer must be recorded.
                        await session.SendAsync(message, CancellationToken.None);
                    }
                    catch (MailDeliveryException e)
                    {
                        failure = e;
                        if (session is not null)
                        {
                            await session.DisposeAsync();
                            session = null;
                        }
                    }

                    await SettleAsync(tenant, issue, queue, delivery, failure, run);
                }
                catch (Exception e)
                {
                    // The row stays leased and is taken again when its lease ends.
                    logger.DeliverySettleFailed(e, tenant.Name, issue.Id, delivery.Id);
                }
            }
        }
        finally
        {
            if (session is not null)
            {
                await session.DisposeAsync();
            }
        }
    }

    private async Task SettleAsync(TenantDescriptor tenant, NewsletterIssueRecord issue, DeliveryStore queue, ClaimedDelivery delivery, MailDeliveryException? failure, SendPass run)
    {
        var settings = options.Value;
        if (failure is null)
        {
            if (!await run.Marks.MarkAsync(delivery.Id))
            {
                logger.DeliveryLeaseLost(tenant.Name, issue.Id, delivery.Id);
            }

            Interlocked.Add(ref run.Sent, 1);
        }
        else if (failure.IsTransient && delivery.Attempts < settings.MaxAttempts)
        {
            var delay = settings.Backoff(delivery.Attempts);
            if (await queue.MarkRetryAsync(delivery.Id, run.Owner, delay, failure.Message, CancellationToken.None))
            {
                Interlocked.Add(ref run.Retried, 1);
                logger.DeliveryRetry(tenant.Name, issue.Id, delivery.Id, delay, failure.StatusCode);
            }
            else
            {
                logger.DeliveryLeaseLost(tenant.Name, issue.Id, delivery.Id);
            }
        }
        else if (await queue.MarkFailedAsync(delivery.Id, run.Owner, failure.Message, CancellationToken.None))
        {
            Interlocked.Add(ref run.Failed, 1);
            logger.DeliveryFailed(tenant.Name, issue.Id, delivery.Id, failure.StatusCode);
        }
        else
        {
            logger.DeliveryLeaseLost(tenant.Name, issue.Id, delivery.Id);
        }
    }

    private static async Task<bool> PermitAsync(RateLimiter? limiter, CancellationToken stopping)
    {
        if (limiter is null)
        {
            return true;
        }

        try
        {
            using var lease = await limiter.AcquireAsync(1, stopping);
            return lease.IsAcquired;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>A token bucket refilled every 50 ms, holding at most a tenth of a second's worth (so no long burst).</summary>
    private static TokenBucketRateLimiter Limiter(double perSecond)
    {
        var perPeriod = Math.Max(1, (int)Math.Round(perSecond / 20));
        var period = TimeSpan.FromMilliseconds(1000.0 * perPeriod / perSecond);
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(perPeriod, (int)Math.Ceiling(perSecond / 10)),
            TokensPerPeriod = perPeriod,
            ReplenishmentPeriod = period,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }
}
