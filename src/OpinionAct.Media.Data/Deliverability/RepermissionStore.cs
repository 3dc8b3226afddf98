using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Subscriptions;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Deliverability;

/// <summary>Re-permission campaigns in a tenant's database: who is asked, and what happens at the deadline.</summary>
public sealed class RepermissionStore(TenantDbContext db, SubscriberStore subscribers)
{
    private const int Batch = 500;

    private DbSet<RepermissionCampaignRecord> Campaigns => db.Set<RepermissionCampaignRecord>();

    /// <summary>Confirmed subscriptions to the newsletter, confirmed before <paramref name="before"/>, of addresses not suppressed.</summary>
    private IQueryable<SubscriptionRecord> Eligible(int newsletterId, DateTime before) =>
        db.Subscriptions.Where(s => s.NewsletterId == newsletterId && s.State == SubscriptionState.Confirmed && s.ConfirmedUtc < before
            && db.Subscribers.Any(x => x.Id == s.SubscriberId && x.SuppressedUtc == null));

    public Task<int> EligibleCountAsync(int newsletterId, DateTime before, CancellationToken cancellationToken) =>
        Eligible(newsletterId, before).CountAsync(cancellationToken);

    public Task<bool> HasOpenAsync(int newsletterId, CancellationToken cancellationToken) =>
        Campaigns.AnyAsync(c => c.NewsletterId == newsletterId && c.ClosedUtc == null, cancellationToken);

    /// <summary>
    /// In one transaction: the campaign, and one consent request per eligible subscriber (<see cref="ConsentSource.Repermission"/>,
    /// with a fresh nonce and marked as handed to the mail queue, so the confirmation sweep sends what is not sent at once).
    /// Returns the consent ids, oldest first.
    /// </summary>
    public async Task<List<int>> StartAsync(RepermissionCampaignRecord campaign, string newsletterSlug, string consentText, Func<string> nonce, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var asked = await Eligible(campaign.NewsletterId, campaign.SubscribedBeforeUtc).OrderBy(s => s.SubscriberId).Select(s => s.SubscriberId).ToListAsync(cancellationToken);
        campaign.Asked = asked.Count;
        Campaigns.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var chunk in asked.Chunk(Batch))
        {
            db.SubscriberConsents.AddRange(chunk.Select(subscriberId => new SubscriberConsentRecord
            {
                SubscriberId = subscriberId,
                Newsletters = newsletterSlug,
                ConsentText = consentText,
                Source = ConsentSource.Repermission,
                RequestedUtc = campaign.CreatedUtc,
                ConfirmationSentUtc = campaign.CreatedUtc,
                Nonce = nonce(),
                RepermissionCampaignId = campaign.Id,
            }));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(cancellationToken);
        return await db.SubscriberConsents.AsNoTracking().Where(c => c.RepermissionCampaignId == campaign.Id).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
    }

    public Task<RepermissionCampaignRecord?> FindAsync(int campaignId, CancellationToken cancellationToken) =>
        Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken);

    /// <summary>Every campaign, newest first, with its progress.</summary>
    public Task<List<RepermissionCampaignRow>> ListAsync(CancellationToken cancellationToken) =>
        Campaigns.AsNoTracking().OrderByDescending(c => c.Id)
            .Select(c => new RepermissionCampaignRow(
                c,
                db.Newsletters.Where(n => n.Id == c.NewsletterId).Select(n => n.Name).FirstOrDefault() ?? string.Empty,
                db.SubscriberConsents.Count(x => x.RepermissionCampaignId == c.Id && x.ConfirmedUtc != null),
                db.SubscriberConsents.Count(x => x.RepermissionCampaignId == c.Id && x.ConfirmationMailedUtc != null)))
            .ToListAsync(cancellationToken);

    /// <summary>Open campaigns whose deadline has passed.</summary>
    public Task<List<int>> DueAsync(DateTime now, CancellationToken cancellationToken) =>
        Campaigns.AsNoTracking().Where(c => c.ClosedUtc == null && c.DeadlineUtc <= now).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);

    /// <summary>The earliest deadline of an open campaign, if any.</summary>
    public async Task<DateTime?> NextDeadlineAsync(CancellationToken cancellationToken) =>
        await Campaigns.AsNoTracking().Where(c => c.ClosedUtc == null).OrderBy(c => c.DeadlineUtc).Select(c => (DateTime?)c.DeadlineUtc).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Closes a campaign: each request that was mailed and not confirmed has its link cleared and its subscription ended,
    /// both in one transaction per batch (so a crash leaves no one half-processed, and a second run goes on where it
    /// stopped). Requests never mailed lose their link but keep their subscription. Returns the closed campaign, or null
    /// when it was closed already.
    /// </summary>
    public async Task<RepermissionCampaignRecord?> CloseAsync(int campaignId, DateTime now, CancellationToken cancellationToken)
    {
        var campaign = await Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId && c.ClosedUtc == null, cancellationToken);
        if (campaign is null)
        {
            return null;
        }

        var lapsed = db.SubscriberConsents.Where(c => c.RepermissionCampaignId == campaignId && c.ConfirmedUtc == null && c.Nonce != null);
        while (true)
        {
            var batch = await lapsed.Where(c => c.ConfirmationMailedUtc != null).OrderBy(c => c.Id).Select(c => new { c.Id, c.SubscriberId }).Take(Batch).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var request in batch)
            {
                // The cleared nonce is the check: a reader confirming at this very moment either wins (kept) or finds the link gone.
                if (await db.SubscriberConsents.Where(c => c.Id == request.Id && c.Nonce != null && c.ConfirmedUtc == null)
                        .ExecuteUpdateAsync(set => set.SetProperty(c => c.Nonce, (string?)null), cancellationToken) == 1)
                {
                    await subscribers.UnsubscribeAsync(request.SubscriberId, campaign.NewsletterId, now, cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await lapsed.ExecuteUpdateAsync(set => set.SetProperty(c => c.Nonce, (string?)null), cancellationToken);
        var requests = db.SubscriberConsents.Where(c => c.RepermissionCampaignId == campaignId);
        var kept = await requests.CountAsync(c => c.ConfirmedUtc != null, cancellationToken);
        var removed = await requests.CountAsync(c => c.ConfirmedUtc == null && c.ConfirmationMailedUtc != null, cancellationToken);
        var notReached = await requests.CountAsync(c => c.ConfirmedUtc == null && c.ConfirmationMailedUtc == null, cancellationToken);
        await Campaigns.Where(c => c.Id == campaignId).ExecuteUpdateAsync(
            set => set.SetProperty(c => c.ClosedUtc, now).SetProperty(c => c.Kept, kept).SetProperty(c => c.Removed, removed).SetProperty(c => c.NotReached, notReached),
            cancellationToken);
        return await FindAsync(campaignId, cancellationToken);
    }
}
