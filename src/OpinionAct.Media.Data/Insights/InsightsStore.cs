using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Analytics;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Insights;

/// <summary>
/// The insights' reads: the roll-ups (never raw events, which are purged), the search log for days
/// not yet folded into them, and the content the figures are grouped by. Days are UTC, both ends included.
/// </summary>
public sealed class InsightsStore(TenantDbContext db)
{
    /// <summary>Sums per traffic source (no outbound clicks: they are counted per article).</summary>
    public Task<List<InsightsTotals>> SourceTotalsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        db.AnalyticsSourceDaily.AsNoTracking().Where(d => d.Day >= from && d.Day <= to)
            .GroupBy(d => d.Source)
            .Select(g => new InsightsTotals(g.Key, g.Sum(x => x.Views), g.Sum(x => x.EngagedSeconds), g.Sum(x => x.Completions), g.Sum(x => x.Signups), g.Sum(x => x.Shares), 0))
            .ToListAsync(cancellationToken);

    /// <summary>Sums per article, keyed by article id.</summary>
    public async Task<Dictionary<int, InsightsTotals>> ArticleTotalsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        (await db.AnalyticsArticleDaily.AsNoTracking().Where(d => d.Day >= from && d.Day <= to)
            .GroupBy(d => d.ArticleId)
            .Select(g => new InsightsTotals(g.Key, g.Sum(x => x.Views), g.Sum(x => x.EngagedSeconds), g.Sum(x => x.Completions), g.Sum(x => x.Signups), g.Sum(x => x.Shares), g.Sum(x => x.Outbound)))
            .ToListAsync(cancellationToken)).ToDictionary(r => r.Key);

    /// <summary>Accepted and confirmed sign-ups per article and source (server-side counts, never the tracker's).</summary>
    public Task<List<InsightsSignups>> SignupsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        db.AnalyticsSignupDaily.AsNoTracking().Where(s => s.Day >= from && s.Day <= to)
            .GroupBy(s => new { s.ArticleId, s.Source })
            .Select(g => new InsightsSignups(g.Key.ArticleId, g.Key.Source, g.Sum(x => x.Accepted), g.Sum(x => x.Confirmed)))
            .ToListAsync(cancellationToken);

    /// <summary>The days of the demo hub's generated history, or null when it has none (or it was removed).</summary>
    public async Task<(DateOnly From, DateOnly To)?> DemoHistoryAsync(CancellationToken cancellationToken)
    {
        var state = await db.AnalyticsState.AsNoTracking().Where(s => s.Id == 1).Select(s => new { s.DemoFromDay, s.DemoToDay }).SingleAsync(cancellationToken);
        return state is { DemoFromDay: { } from, DemoToDay: { } to } ? (from, to) : null;
    }

    /// <summary>The site's visitors and returning visitors (sums of daily uniques).</summary>
    public async Task<(long Visitors, long Returning)> SiteVisitorsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var site = await db.AnalyticsVisitors.AsNoTracking().Where(v => v.Day >= from && v.Day <= to && v.Scope == VisitorScope.Site && v.ScopeId == 0)
            .GroupBy(v => 1).Select(g => new { Visitors = g.Sum(x => x.Visitors), Returning = g.Sum(x => x.Returning) })
            .FirstOrDefaultAsync(cancellationToken);
        return (site?.Visitors ?? 0, site?.Returning ?? 0);
    }

    /// <summary>Visitors and returning visitors of every scope (site, article, topic, expert, source) and id.</summary>
    public async Task<Dictionary<(VisitorScope Scope, int Id), (long Visitors, long Returning)>> VisitorsByScopeAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        (await db.AnalyticsVisitors.AsNoTracking().Where(v => v.Day >= from && v.Day <= to)
            .GroupBy(v => new { v.Scope, v.ScopeId })
            .Select(g => new { g.Key.Scope, g.Key.ScopeId, Visitors = g.Sum(x => x.Visitors), Returning = g.Sum(x => x.Returning) })
            .ToListAsync(cancellationToken)).ToDictionary(u => (u.Scope, u.ScopeId), u => (u.Visitors, u.Returning));

    /// <summary>Page views per day (days without any are absent).</summary>
    public async Task<Dictionary<DateOnly, long>> DailyViewsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        (await db.AnalyticsSourceDaily.AsNoTracking().Where(d => d.Day >= from && d.Day <= to)
            .GroupBy(d => d.Day).Select(g => new { Day = g.Key, Views = g.Sum(x => x.Views) }).ToListAsync(cancellationToken)).ToDictionary(d => d.Day, d => d.Views);

    /// <summary>The site's unique visitors per day (days without any are absent).</summary>
    public async Task<Dictionary<DateOnly, long>> DailyVisitorsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        (await db.AnalyticsVisitors.AsNoTracking().Where(v => v.Day >= from && v.Day <= to && v.Scope == VisitorScope.Site && v.ScopeId == 0)
            .Select(v => new { v.Day, v.Visitors }).ToListAsync(cancellationToken)).ToDictionary(d => d.Day, d => d.Visitors);

    /// <summary>Every article, whatever its status.</summary>
    public Task<List<InsightsArticle>> ArticlesAsync(CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking()
            .Select(a => new InsightsArticle(a.Id, a.Title, a.Path, a.Status, a.SourcesJson, a.CorrectionsJson)).ToListAsync(cancellationToken);

    /// <summary>Topics in the site's order.</summary>
    public Task<List<InsightsSubject>> TopicsAsync(CancellationToken cancellationToken) =>
        db.Topics.AsNoTracking().OrderBy(t => t.Position).ThenBy(t => t.Name).Select(t => new InsightsSubject(t.Id, t.Slug, t.Name)).ToListAsync(cancellationToken);

    /// <summary>Experts by name.</summary>
    public Task<List<InsightsSubject>> ExpertsAsync(CancellationToken cancellationToken) =>
        db.Experts.AsNoTracking().OrderBy(e => e.Name).Select(e => new InsightsSubject(e.Id, e.Slug, e.Name)).ToListAsync(cancellationToken);

    /// <summary>The topics and experts of every article.</summary>
    public Task<AnalyticsArticleLinkRows> ArticleLinksAsync(CancellationToken cancellationToken) => AnalyticsArticleLinkRows.LoadAsync(db, cancellationToken);

    /// <summary>The last day whose searches are folded into the search roll-ups; null before the first fold.</summary>
    public Task<DateOnly?> SearchFoldedDayAsync(CancellationToken cancellationToken) =>
        db.AnalyticsState.AsNoTracking().Where(s => s.Id == 1).Select(s => s.SearchRolledUpToDay).SingleAsync(cancellationToken);

    /// <summary>Folded searches of the days <paramref name="from"/> to <paramref name="to"/>, per top article.</summary>
    public Task<List<InsightsSearchCount>> RolledSearchesAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        db.AnalyticsSearchDaily.AsNoTracking().Where(s => s.Day >= from && s.Day <= to)
            .GroupBy(s => s.TopArticleId).Select(g => new InsightsSearchCount(g.Key, g.Sum(x => x.Searches), g.Sum(x => x.ZeroResults)))
            .ToListAsync(cancellationToken);

    /// <summary>Logged searches from <paramref name="fromUtc"/> (included) to <paramref name="toUtc"/> (excluded), per top article.</summary>
    public Task<List<InsightsSearchCount>> LoggedSearchesAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken) =>
        db.SearchQueries.AsNoTracking().Where(q => q.CreatedUtc >= fromUtc && q.CreatedUtc < toUtc)
            .GroupBy(q => q.TopArticleId ?? 0).Select(g => new InsightsSearchCount(g.Key, g.LongCount(), g.Sum(q => q.ResultCount == 0 ? 1L : 0L)))
            .ToListAsync(cancellationToken);

    /// <summary>Folded queries that found nothing, per text.</summary>
    public Task<List<InsightsGapCount>> RolledGapsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        db.AnalyticsSearchGaps.AsNoTracking().Where(g => g.Day >= from && g.Day <= to)
            .GroupBy(g => g.Query).Select(g => new InsightsGapCount(g.Key, g.Sum(x => x.Searches))).ToListAsync(cancellationToken);

    /// <summary>Logged queries that found nothing, per text.</summary>
    public Task<List<InsightsGapCount>> LoggedGapsAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken) =>
        db.SearchQueries.AsNoTracking().Where(q => q.CreatedUtc >= fromUtc && q.CreatedUtc < toUtc && q.ResultCount == 0)
            .GroupBy(q => q.Query).Select(g => new InsightsGapCount(g.Key, g.LongCount())).ToListAsync(cancellationToken);
}
