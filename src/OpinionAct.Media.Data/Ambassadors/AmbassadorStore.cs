using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Analytics;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Ambassadors;

/// <summary>Ambassadors of the current tenant: the list, their keys for the ingestion, their figures and their monthly emails.</summary>
public sealed class AmbassadorStore(TenantDbContext db)
{
    private DbSet<AmbassadorRecord> Ambassadors => db.Set<AmbassadorRecord>();

    private DbSet<AmbassadorDailyRecord> Daily => db.Set<AmbassadorDailyRecord>();

    private DbSet<AmbassadorReportRecord> Reports => db.Set<AmbassadorReportRecord>();

    public Task<List<AmbassadorRecord>> ListAsync(CancellationToken cancellationToken) =>
        Ambassadors.AsNoTracking().OrderBy(a => a.RevokedUtc != null).ThenBy(a => a.Name).ThenBy(a => a.Id).ToListAsync(cancellationToken);

    public Task<AmbassadorRecord?> FindAsync(int id, CancellationToken cancellationToken) =>
        Ambassadors.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public Task<AmbassadorRecord?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        Ambassadors.AsNoTracking().FirstOrDefaultAsync(a => a.Email == email, cancellationToken);

    public Task<int?> ExpertIdAsync(string slug, CancellationToken cancellationToken) =>
        db.Set<ExpertRecord>().Where(e => e.Slug == slug).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);

    public Task<bool> ExpertExistsAsync(int expertId, CancellationToken cancellationToken) =>
        db.Set<ExpertRecord>().AnyAsync(e => e.Id == expertId, cancellationToken);

    public async Task AddAsync(AmbassadorRecord ambassador, CancellationToken cancellationToken)
    {
        Ambassadors.Add(ambassador);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Revokes the link once; false when it was revoked already or there is no such ambassador.</summary>
    public async Task<bool> RevokeAsync(int id, DateTime now, CancellationToken cancellationToken) =>
        await Ambassadors.Where(a => a.Id == id && a.RevokedUtc == null).ExecuteUpdateAsync(set => set.SetProperty(a => a.RevokedUtc, now), cancellationToken) == 1;

    /// <summary>Stops the monthly email (idempotent); false when there is no such ambassador.</summary>
    public async Task<bool> StopReportsAsync(int id, DateTime now, CancellationToken cancellationToken)
    {
        await Ambassadors.Where(a => a.Id == id && a.ReportsStoppedUtc == null).ExecuteUpdateAsync(set => set.SetProperty(a => a.ReportsStoppedUtc, now), cancellationToken);
        return await Ambassadors.AnyAsync(a => a.Id == id, cancellationToken);
    }

    /// <summary>Every ambassador's key, for the ingestion's cache.</summary>
    public Task<List<AmbassadorKeyRow>> KeysAsync(CancellationToken cancellationToken) =>
        Ambassadors.AsNoTracking().Select(a => new AmbassadorKeyRow(a.Id, a.Secret, a.RevokedUtc == null)).ToListAsync(cancellationToken);

    /// <summary>Each ambassador's figures between two days (both included); ambassadors with nothing are absent.</summary>
    public async Task<List<AmbassadorFigures>> TotalsAsync(DateOnly from, DateOnly to, int? ambassadorId, CancellationToken cancellationToken)
    {
        var sums = await Daily.AsNoTracking().Where(d => d.Day >= from && d.Day <= to && (ambassadorId == null || d.AmbassadorId == ambassadorId))
            .GroupBy(d => d.AmbassadorId)
            .Select(g => new
            {
                Id = g.Key,
                Views = g.Sum(d => d.Views),
                Engaged = g.Sum(d => d.EngagedSeconds),
                Completions = g.Sum(d => d.Completions),
                Shares = g.Sum(d => d.Shares),
                Accepted = g.Sum(d => d.SignupsAccepted),
                Confirmed = g.Sum(d => d.SignupsConfirmed),
            })
            .ToListAsync(cancellationToken);
        var visitors = await db.AnalyticsVisitors.AsNoTracking()
            .Where(v => v.Scope == VisitorScope.Ambassador && v.Day >= from && v.Day <= to && (ambassadorId == null || v.ScopeId == ambassadorId))
            .GroupBy(v => v.ScopeId).Select(g => new { Id = g.Key, Visitors = g.Sum(v => v.Visitors) })
            .ToDictionaryAsync(v => v.Id, v => v.Visitors, cancellationToken);
        return [.. sums.Select(s => new AmbassadorFigures(s.Id, 0, s.Views, visitors.GetValueOrDefault(s.Id), s.Engaged, s.Completions, s.Shares, s.Accepted, s.Confirmed))];
    }

    /// <summary>The figures per ambassador and article between two days, most viewed first; visitors are not kept per article (0).</summary>
    public async Task<List<AmbassadorFigures>> PerArticleAsync(DateOnly from, DateOnly to, int? ambassadorId, CancellationToken cancellationToken)
    {
        var rows = await Daily.AsNoTracking().Where(d => d.Day >= from && d.Day <= to && (ambassadorId == null || d.AmbassadorId == ambassadorId))
            .GroupBy(d => new { d.AmbassadorId, d.ArticleId })
            .Select(g => new
            {
                g.Key.AmbassadorId,
                g.Key.ArticleId,
                Views = g.Sum(d => d.Views),
                Engaged = g.Sum(d => d.EngagedSeconds),
                Completions = g.Sum(d => d.Completions),
                Shares = g.Sum(d => d.Shares),
                Accepted = g.Sum(d => d.SignupsAccepted),
                Confirmed = g.Sum(d => d.SignupsConfirmed),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new AmbassadorFigures(r.AmbassadorId, r.ArticleId, r.Views, 0, r.Engaged, r.Completions, r.Shares, r.Accepted, r.Confirmed))
            .OrderByDescending(r => r.Views).ThenByDescending(r => r.SignupsAccepted).ThenBy(r => r.ArticleId)];
    }

    public Task<List<AmbassadorArticleRow>> ArticlesAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        db.Set<ArticleRecord>().AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new AmbassadorArticleRow(a.Id, a.Title, a.Path)).ToListAsync(cancellationToken);

    /// <summary>
    /// Creates the month's report of every ambassador who had a live link during it and still takes the email (created
    /// before the month ended, neither revoked nor unsubscribed); a report that exists is left as it is. Returns how many were created.
    /// </summary>
    public async Task<int> CreateReportsAsync(DateOnly month, DateTime now, CancellationToken cancellationToken)
    {
        var end = month.AddMonths(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var due = await Ambassadors.AsNoTracking()
            .Where(a => a.RevokedUtc == null && a.ReportsStoppedUtc == null && a.CreatedUtc < end)
            .Where(a => !Reports.Any(r => r.AmbassadorId == a.Id && r.Month == month))
            .Select(a => a.Id).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        Reports.AddRange(due.Select(id => new AmbassadorReportRecord { AmbassadorId = id, Month = month, State = AmbassadorReportState.Pending, CreatedUtc = now }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return due.Count;
        }
        catch (DbUpdateException)
        {
            // Another run created them first (the unique index on ambassador and month): theirs stand, nothing is doubled.
            db.ChangeTracker.Clear();
            return 0;
        }
    }

    /// <summary>Pending reports (at most <paramref name="count"/>), oldest first.</summary>
    public Task<List<AmbassadorReportRecord>> PendingReportsAsync(int count, CancellationToken cancellationToken) =>
        Reports.AsNoTracking().Where(r => r.State == AmbassadorReportState.Pending).OrderBy(r => r.Id).Take(count).ToListAsync(cancellationToken);

    public Task<List<AmbassadorReportRecord>> ReportsOfAsync(int ambassadorId, CancellationToken cancellationToken) =>
        Reports.AsNoTracking().Where(r => r.AmbassadorId == ambassadorId).OrderByDescending(r => r.Month).ToListAsync(cancellationToken);

    /// <summary>
    /// Claims a pending report for one send attempt: the conditional update is the check, so two runs (or two nodes) can
    /// never both send it. False when someone else claimed or settled it.
    /// </summary>
    public async Task<bool> ClaimReportAsync(int reportId, int attempts, DateTime now, CancellationToken cancellationToken) =>
        await Reports.Where(r => r.Id == reportId && r.State == AmbassadorReportState.Pending && r.Attempts == attempts)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.State, AmbassadorReportState.Sending).SetProperty(r => r.Attempts, attempts + 1).SetProperty(r => r.ClaimedUtc, now), cancellationToken) == 1;

    /// <summary>Records the outcome of a claimed report's attempt (Sent, Pending again for a transient failure, Failed, Skipped).</summary>
    public Task SettleReportAsync(int reportId, AmbassadorReportState state, DateTime? sentUtc, string? error, CancellationToken cancellationToken) =>
        Reports.Where(r => r.Id == reportId && r.State == AmbassadorReportState.Sending)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.State, state).SetProperty(r => r.SentUtc, sentUtc).SetProperty(r => r.LastError, error == null ? null : error.Length > 500 ? error.Substring(0, 500) : error), cancellationToken);

    /// <summary>True when some ambassador can still receive a report (the monthly job stays scheduled).</summary>
    public Task<bool> AnyReportableAsync(CancellationToken cancellationToken) =>
        Ambassadors.AnyAsync(a => a.RevokedUtc == null && a.ReportsStoppedUtc == null, cancellationToken);

    /// <summary>Adds generated figures (the demo hub's history) inside the caller's unit of work.</summary>
    public async Task AddDemoFiguresAsync(IReadOnlyList<AmbassadorDailyRecord> rows, IReadOnlyList<AnalyticsVisitorsRecord> visitors, CancellationToken cancellationToken)
    {
        Daily.AddRange(rows);
        db.AnalyticsVisitors.AddRange(visitors);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The days of the demo hub's generated history, or null.</summary>
    public async Task<(DateOnly From, DateOnly To)?> DemoDaysAsync(CancellationToken cancellationToken)
    {
        var state = await db.AnalyticsState.AsNoTracking().Where(s => s.Id == 1).Select(s => new { s.DemoFromDay, s.DemoToDay }).SingleAsync(cancellationToken);
        return state is { DemoFromDay: { } from, DemoToDay: { } to } ? (from, to) : null;
    }

    /// <summary>The demo history's views per day and article, from which an ambassador's share is drawn.</summary>
    public Task<List<AnalyticsArticleDailyRecord>> ArticleDaysAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        db.AnalyticsArticleDaily.AsNoTracking().Where(a => a.Day >= from && a.Day <= to && a.ArticleId > 0).ToListAsync(cancellationToken);
}
