using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Deliverability;

/// <summary>Bounce and complaint counts of a hub's issues, and its sending pause.</summary>
public sealed class ListHygieneStore(TenantDbContext db)
{
    /// <summary>Per issue of <paramref name="issueIds"/> that has sent anything: sent messages, bounces and complaints reported for it.</summary>
    public async Task<Dictionary<int, IssueMailHealth>> IssueHealthAsync(IReadOnlyCollection<int> issueIds, CancellationToken cancellationToken)
    {
        var sent = await db.IssueDeliveries.AsNoTracking()
            .Where(d => issueIds.Contains(d.IssueId) && d.State == DeliveryState.Sent)
            .GroupBy(d => d.IssueId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var reports = await db.DeliveryReports.AsNoTracking()
            .Where(r => r.IssueId != null && issueIds.Contains(r.IssueId.Value))
            .GroupBy(r => new { r.IssueId, r.Kind }).Select(g => new { g.Key.IssueId, g.Key.Kind, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Count(int issue, DeliveryReportKind kind) => reports.Where(r => r.IssueId == issue && r.Kind == kind).Sum(r => r.Count);
        return sent.Keys.Union(reports.Select(r => r.IssueId!.Value))
            .ToDictionary(id => id, id => new IssueMailHealth(id, sent.GetValueOrDefault(id), Count(id, DeliveryReportKind.HardBounce), Count(id, DeliveryReportKind.SoftBounce), Count(id, DeliveryReportKind.Complaint)));
    }

    /// <summary>Complaints received, and issue messages accepted by the relay, since <paramref name="since"/>.</summary>
    public async Task<(int Complaints, int MessagesSent)> ComplaintsSinceAsync(DateTime since, CancellationToken cancellationToken) =>
        (await db.DeliveryReports.CountAsync(r => r.Kind == DeliveryReportKind.Complaint && r.ReceivedUtc >= since, cancellationToken),
         await db.IssueDeliveries.CountAsync(d => d.State == DeliveryState.Sent && d.SentUtc >= since, cancellationToken));

    public Task<SendingPauseRecord?> PauseAsync(CancellationToken cancellationToken) =>
        db.Set<SendingPauseRecord>().AsNoTracking().FirstOrDefaultAsync(cancellationToken);

    public Task<bool> IsPausedAsync(CancellationToken cancellationToken) =>
        db.Set<SendingPauseRecord>().AnyAsync(p => p.PausedUtc != null, cancellationToken);

    /// <summary>Pauses sending with the figures that caused it; false when it was already paused (nothing changes).</summary>
    public async Task<bool> PauseSendingAsync(int complaints, int messagesSent, DateTime now, CancellationToken cancellationToken)
    {
        var row = await db.Set<SendingPauseRecord>().FirstOrDefaultAsync(cancellationToken);
        if (row?.PausedUtc is not null)
        {
            return false;
        }

        if (row is null)
        {
            row = new SendingPauseRecord();
            db.Set<SendingPauseRecord>().Add(row);
        }

        row.PausedUtc = now;
        row.Complaints = complaints;
        row.MessagesSent = messagesSent;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Lets sending go on; the complaint window restarts at <paramref name="now"/>. False when it was not paused.</summary>
    public async Task<bool> ResumeSendingAsync(string by, DateTime now, CancellationToken cancellationToken) =>
        await db.Set<SendingPauseRecord>().Where(p => p.PausedUtc != null)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.PausedUtc, (DateTime?)null).SetProperty(p => p.ResumedUtc, now).SetProperty(p => p.ResumedBy, by), cancellationToken) > 0;
}
