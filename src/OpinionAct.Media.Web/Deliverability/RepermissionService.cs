using System.Globalization;
using OpinionAct.Media.Audit;
using OpinionAct.Media.Data.Deliverability;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Site;
using OpinionAct.Media.Web.Audit;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Site;
using OpinionAct.Media.Web.Subscriptions;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Deliverability;

/// <summary>
/// Re-permission by subscription age, since the platform tracks neither opens nor per-reader clicks: an editor asks the
/// subscribers of a newsletter who confirmed more than N months ago whether they still want it. Each gets a confirmation
/// request (the double opt-in email's template, claims and sweep); at the deadline, those who were mailed and did not
/// confirm are unsubscribed by <see cref="RepermissionCloser"/>, and the audit log and each consent record keep the proof.
/// </summary>
public sealed class RepermissionService(
    RepermissionStore store,
    ListHygieneStore hygiene,
    NewsletterStore newsletters,
    SettingsService settings,
    ConfirmationOutbox outbox,
    TenantDueIndex work,
    AuditTrail audit,
    TenantContext tenant,
    TimeProvider clock,
    ILogger<RepermissionService> logger)
{
    public const int MinMonths = 1;
    public const int MaxMonths = 120;
    public const int MinDays = 7;
    public const int MaxDays = 90;

    public Task<List<RepermissionCampaignRow>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    /// <summary>How many subscribers a campaign would ask now.</summary>
    /// <exception cref="MediaValidationException">Months out of range.</exception>
    public Task<int> CountAsync(int newsletterId, int olderThanMonths, CancellationToken cancellationToken)
    {
        CheckMonths(olderThanMonths);
        return store.EligibleCountAsync(newsletterId, Cutoff(olderThanMonths), cancellationToken);
    }

    /// <summary>Starts a campaign: every eligible subscriber is asked, and the requests are queued for mailing.</summary>
    /// <exception cref="MediaValidationException">Months or days out of range, an unknown newsletter, sending paused, a campaign still open for it, or nobody to ask; nothing is created.</exception>
    public async Task<RepermissionCampaignRecord> StartAsync(int newsletterId, int olderThanMonths, int answerWithinDays, string startedBy, CancellationToken cancellationToken)
    {
        CheckMonths(olderThanMonths);
        if (answerWithinDays is < MinDays or > MaxDays)
        {
            throw new MediaValidationException($"Give readers between {MinDays} and {MaxDays} days to answer.");
        }

        var newsletter = await newsletters.FindAsync(newsletterId, cancellationToken)
            ?? throw new MediaValidationException("Choose one of this site's newsletters.");
        if (await hygiene.IsPausedAsync(cancellationToken))
        {
            throw new MediaValidationException("Sending is paused because readers complained: resume it before asking subscribers again.");
        }

        if (await store.HasOpenAsync(newsletterId, cancellationToken))
        {
            throw new MediaValidationException($"A re-permission campaign for {newsletter.Name} is still open: wait for its deadline before starting another.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = Cutoff(olderThanMonths);
        if (await store.EligibleCountAsync(newsletterId, cutoff, cancellationToken) == 0)
        {
            throw new MediaValidationException($"No subscriber of {newsletter.Name} confirmed more than {olderThanMonths} month(s) ago: nobody to ask.");
        }

        var campaign = new RepermissionCampaignRecord
        {
            NewsletterId = newsletterId,
            SubscribedBeforeUtc = cutoff,
            DeadlineUtc = now.AddDays(answerWithinDays),
            CreatedUtc = now,
            CreatedBy = startedBy,
        };
        var requests = await store.StartAsync(campaign, newsletter.Slug, await ConsentTextAsync(newsletter, campaign.DeadlineUtc, cancellationToken), SubscriptionService.NewNonce, cancellationToken);

        // The first requests go to the mail queue at once; the confirmation sweep sends the rest, oldest first.
        foreach (var id in requests.Take(ConfirmationOutbox.Capacity / 10))
        {
            outbox.Enqueue(tenant.Tenant.Name, id);
        }

        work.ScheduleDurably(tenant.Tenant.Name, RepermissionCloser.JobKind, new DateTimeOffset(campaign.DeadlineUtc, TimeSpan.Zero));
        logger.RepermissionStarted(tenant.Tenant.Name, campaign.Id, campaign.Asked, newsletterId);
        await audit.RecordAsync(AuditActions.RepermissionStarted, newsletter.Name, $"campaign {campaign.Id}: {campaign.Asked} subscriber(s) confirmed before {cutoff:yyyy-MM-dd}, answer by {campaign.DeadlineUtc:u}", cancellationToken: cancellationToken);
        return campaign;
    }

    /// <summary>Closes every campaign whose deadline has passed; returns the next deadline of an open one.</summary>
    public async Task<DateTime?> CloseDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var id in await store.DueAsync(now, cancellationToken))
        {
            if (await store.CloseAsync(id, now, cancellationToken) is { } closed)
            {
                logger.RepermissionClosed(tenant.Tenant.Name, closed.Id, closed.Kept, closed.Removed);
                await audit.RecordAsync(AuditActions.RepermissionClosed, $"campaign {closed.Id}", $"{closed.Kept} kept, {closed.Removed} unsubscribed without an answer, {closed.NotReached} never reached (kept)", AuditActor.System, cancellationToken);
            }
        }

        return await store.NextDeadlineAsync(cancellationToken);
    }

    /// <summary>The proof each request keeps of what was asked, in the hub's language.</summary>
    private async Task<string> ConsentTextAsync(NewsletterRecord newsletter, DateTime deadlineUtc, CancellationToken cancellationToken)
    {
        var site = await settings.GetAsync(cancellationToken);
        var deadline = new SiteDates(site.Language, site.TimeZone).Display(deadlineUtc);
        return string.Format(CultureInfo.InvariantCulture, EmailText.For(site.Language).RepermissionConsent, newsletter.Name, deadline);
    }

    private DateTime Cutoff(int months) => clock.GetUtcNow().UtcDateTime.AddMonths(-months);

    private static void CheckMonths(int months)
    {
        if (months is < MinMonths or > MaxMonths)
        {
            throw new MediaValidationException($"Ask subscribers older than {MinMonths} to {MaxMonths} months.");
        }
    }
}
