using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Analytics;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Analytics;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Insights;
using OpinionAct.Media.Web.Analytics;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Insights;

/// <summary>
/// The numbers editors see, computed from the rollups only (never from raw events, which are
/// purged), after catching the rollups up so the answer includes every acknowledged event. The
/// dashboard, its exports, the agency console and the CLI all call this.
/// </summary>
public sealed class InsightsService(TenantDbContext db, TenantContext tenant, AnalyticsRollup rollup, IOptions<InsightsOptions> options)
{
    private const int GapCount = 20;

    public async Task<Figures> HeadlineAsync(InsightsPeriod period, CancellationToken ct)
    {
        await rollup.CatchUpAsync(tenant.Tenant.Name, ct);
        var sources = await SourceTotalsAsync(period.From, period.To, ct);
        var searches = await SearchesAsync(period.From, period.To, gaps: false, ct);
        var site = await SiteVisitorsAsync(period.From, period.To, ct);
        return Headline(sources, site, searches);
    }

    public async Task<InsightsReport> ReportAsync(InsightsPeriod period, CancellationToken ct)
    {
        await rollup.CatchUpAsync(tenant.Tenant.Name, ct);
        var (from, to) = (period.From, period.To);
        var previousPeriod = period.Previous;

        var sources = await SourceTotalsAsync(from, to, ct);
        var previousSources = await SourceTotalsAsync(previousPeriod.From, previousPeriod.To, ct);
        var searches = await SearchesAsync(from, to, gaps: true, ct);
        var previousSearches = await SearchesAsync(previousPeriod.From, previousPeriod.To, gaps: false, ct);
        var uniques = (await db.AnalyticsVisitors.AsNoTracking().Where(v => v.Day >= from && v.Day <= to)
            .GroupBy(v => new { v.Scope, v.ScopeId })
            .Select(g => new { g.Key.Scope, g.Key.ScopeId, Visitors = g.Sum(x => x.Visitors), Returning = g.Sum(x => x.Returning) })
            .ToListAsync(ct)).ToDictionary(u => (u.Scope, u.ScopeId), u => (u.Visitors, u.Returning));
        (long Visitors, long Returning) Uniques(VisitorScope scope, int id) => uniques.GetValueOrDefault((scope, id));
        var current = Headline(sources, Uniques(VisitorScope.Site, 0), searches);
        var previous = Headline(previousSources, await SiteVisitorsAsync(previousPeriod.From, previousPeriod.To, ct), previousSearches);

        var dailyViews = (await db.AnalyticsSourceDaily.AsNoTracking().Where(d => d.Day >= from && d.Day <= to)
            .GroupBy(d => d.Day).Select(g => new { Day = g.Key, Views = g.Sum(x => x.Views) }).ToListAsync(ct)).ToDictionary(d => d.Day, d => d.Views);
        var dailyVisitors = (await db.AnalyticsVisitors.AsNoTracking().Where(v => v.Day >= from && v.Day <= to && v.Scope == VisitorScope.Site && v.ScopeId == 0)
            .Select(v => new { v.Day, v.Visitors }).ToListAsync(ct)).ToDictionary(d => d.Day, d => d.Visitors);
        var daily = Enumerable.Range(0, period.Days).Select(i => from.AddDays(i))
            .Select(day => new DailyPoint(day, dailyViews.GetValueOrDefault(day), dailyVisitors.GetValueOrDefault(day))).ToList();

        var byArticle = (await db.AnalyticsArticleDaily.AsNoTracking().Where(d => d.Day >= from && d.Day <= to)
            .GroupBy(d => d.ArticleId)
            .Select(g => new Row(g.Key, g.Sum(x => x.Views), g.Sum(x => x.EngagedSeconds), g.Sum(x => x.Completions), g.Sum(x => x.Signups), g.Sum(x => x.Shares), g.Sum(x => x.Outbound)))
            .ToListAsync(ct)).ToDictionary(r => r.Key);

        var articles = await db.Articles.AsNoTracking()
            .Select(a => new ArticleMeta(a.Id, a.Title, a.Path, a.Status, a.SourcesJson, a.CorrectionsJson)).ToListAsync(ct);
        var topics = await db.Topics.AsNoTracking().OrderBy(t => t.Position).ThenBy(t => t.Name).Select(t => new { t.Id, t.Slug, t.Name }).ToListAsync(ct);
        var experts = await db.Experts.AsNoTracking().OrderBy(e => e.Name).Select(e => new { e.Id, e.Slug, e.Name }).ToListAsync(ct);
        var links = await ArticleLinks.LoadAsync(db, ct);
        var topicNames = topics.ToDictionary(t => t.Id, t => t.Name);

        var articleRows = articles.Where(a => byArticle.ContainsKey(a.Id)).Select(a =>
        {
            var f = byArticle[a.Id];
            return new ArticleInsight(a.Id, a.Title, a.Path, links.TopicsOf(a.Id).Select(t => topicNames.GetValueOrDefault(t, "?")).ToList(),
                f.Views, Uniques(VisitorScope.Article, a.Id).Visitors, Per(f.EngagedSeconds, f.Views), Per(f.Completions, f.Views), f.Signups, f.Shares, f.Outbound);
        }).OrderByDescending(a => a.Views).ThenBy(a => a.Title, StringComparer.Ordinal).ToList();

        var sourceRows = sources.Select(s => new SourceInsight(SourceName((TrafficSource)s.Key), s.Views, Uniques(VisitorScope.Source, s.Key).Visitors, s.Signups))
            .OrderByDescending(s => s.Views).ThenBy(s => s.Source, StringComparer.Ordinal).ToList();

        SubjectInsight Subject(int id, string slug, string name, VisitorScope scope, Func<int, int[]> linksOf)
        {
            var ids = articles.Where(a => linksOf(a.Id).Contains(id)).Select(a => a.Id).ToHashSet();
            var f = Sum(ids.Where(byArticle.ContainsKey).Select(i => byArticle[i]));
            var (visitors, returning) = Uniques(scope, id);
            var published = articles.Where(a => ids.Contains(a.Id) && a.Status == (int)ArticleStatus.Published).ToList();
            var avgEngaged = Per(f.EngagedSeconds, f.Views);
            var completion = Per(f.Completions, f.Views);
            var returningShare = Per(returning, visitors);
            return new SubjectInsight(
                id, slug, name, published.Count, f.Views, visitors, avgEngaged, completion, returningShare, f.Signups,
                ids.Sum(i => searches.Demand.GetValueOrDefault(i)),
                published.Count == 0 ? 0 : Math.Round(published.Average(a => Count(a.SourcesJson)), 2),
                published.Sum(a => Count(a.CorrectionsJson)),
                published.Count == 0 ? 0 : Math.Round(published.Count(a => links.ExpertsOf(a.Id).Length > 0) / (double)published.Count, 4),
                UsefulnessScore.Compute(options.Value, f.Views, avgEngaged, completion, returningShare, f.Signups));
        }

        return new InsightsReport(
            from,
            to,
            current,
            previous,
            daily,
            articleRows,
            sourceRows,
            topics.Select(t => Subject(t.Id, t.Slug, t.Name, VisitorScope.Topic, links.TopicsOf)).ToList(),
            experts.Select(e => Subject(e.Id, e.Slug, e.Name, VisitorScope.Expert, links.ExpertsOf)).ToList(),
            searches.Gaps);
    }

    public static string SourceName(TrafficSource source) => source switch
    {
        TrafficSource.Direct => "direct",
        TrafficSource.SearchEngine => "search-engine",
        TrafficSource.Social => "social",
        TrafficSource.Newsletter => "newsletter",
        TrafficSource.OtherSite => "other-site",
        TrafficSource.Campaign => "campaign",
        TrafficSource.Internal => "internal",
        _ => "other",
    };

    private static Figures Headline(List<Row> sources, (long Visitors, long Returning) site, SearchFigures searches)
    {
        var f = Sum(sources);
        return new Figures(f.Views, site.Visitors, Per(f.EngagedSeconds, f.Views), Per(f.Completions, f.Views), Per(site.Returning, site.Visitors),
            f.Signups, f.Shares, searches.Searches, searches.ZeroResults);
    }

    private Task<List<Row>> SourceTotalsAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        db.AnalyticsSourceDaily.AsNoTracking().Where(d => d.Day >= from && d.Day <= to)
            .GroupBy(d => d.Source)
            .Select(g => new Row(g.Key, g.Sum(x => x.Views), g.Sum(x => x.EngagedSeconds), g.Sum(x => x.Completions), g.Sum(x => x.Signups), g.Sum(x => x.Shares), 0))
            .ToListAsync(ct);

    private async Task<(long Visitors, long Returning)> SiteVisitorsAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var site = await db.AnalyticsVisitors.AsNoTracking().Where(v => v.Day >= from && v.Day <= to && v.Scope == VisitorScope.Site && v.ScopeId == 0)
            .GroupBy(v => 1).Select(g => new { Visitors = g.Sum(x => x.Visitors), Returning = g.Sum(x => x.Returning) })
            .FirstOrDefaultAsync(ct);
        return (site?.Visitors ?? 0, site?.Returning ?? 0);
    }

    /// <summary>Searches of a period: from the per-day search rollup for days already folded, from the search log for the rest.</summary>
    private async Task<SearchFigures> SearchesAsync(DateOnly from, DateOnly to, bool gaps, CancellationToken ct)
    {
        var folded = await db.AnalyticsState.AsNoTracking().Where(s => s.Id == 1).Select(s => s.SearchRolledUpToDay).SingleAsync(ct) ?? DateOnly.MinValue;
        var lastFolded = folded < to ? folded : to;
        var rolled = await db.AnalyticsSearchDaily.AsNoTracking().Where(s => s.Day >= from && s.Day <= lastFolded)
            .GroupBy(s => s.TopArticleId).Select(g => new { Article = g.Key, Searches = g.Sum(x => x.Searches), Zero = g.Sum(x => x.ZeroResults) })
            .ToListAsync(ct);
        var logFrom = (folded >= from ? folded.AddDays(1) : from).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var logTo = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var recent = await db.SearchQueries.AsNoTracking().Where(q => q.CreatedUtc >= logFrom && q.CreatedUtc < logTo)
            .GroupBy(q => q.TopArticleId ?? 0).Select(g => new { Article = g.Key, Searches = g.LongCount(), Zero = g.Sum(q => q.ResultCount == 0 ? 1L : 0L) })
            .ToListAsync(ct);
        var all = rolled.Concat(recent).ToList();
        var demand = all.Where(a => a.Article != 0).GroupBy(a => a.Article).ToDictionary(g => g.Key, g => g.Sum(a => a.Searches));
        List<ContentGap> gapList = [];
        if (gaps)
        {
            var rolledGaps = await db.AnalyticsSearchGaps.AsNoTracking().Where(g => g.Day >= from && g.Day <= lastFolded)
                .GroupBy(g => g.Query).Select(g => new { Query = g.Key, Searches = g.Sum(x => x.Searches) }).ToListAsync(ct);
            var recentGaps = await db.SearchQueries.AsNoTracking().Where(q => q.CreatedUtc >= logFrom && q.CreatedUtc < logTo && q.ResultCount == 0)
                .GroupBy(q => q.Query).Select(g => new { Query = g.Key, Searches = g.LongCount() }).ToListAsync(ct);
            gapList = rolledGaps.Concat(recentGaps).GroupBy(g => g.Query, StringComparer.Ordinal)
                .Select(g => new ContentGap(g.Key, g.Sum(x => x.Searches)))
                .OrderByDescending(g => g.Searches).ThenBy(g => g.Query, StringComparer.Ordinal).Take(GapCount).ToList();
        }

        return new SearchFigures(all.Sum(a => a.Searches), all.Sum(a => a.Zero), demand, gapList);
    }

    private static double Per(long part, long whole) => whole == 0 ? 0 : Math.Round(part / (double)whole, 4);

    private static Row Sum(IEnumerable<Row> rows) => rows.Aggregate(
        new Row(0, 0, 0, 0, 0, 0, 0),
        (a, r) => new Row(0, a.Views + r.Views, a.EngagedSeconds + r.EngagedSeconds, a.Completions + r.Completions, a.Signups + r.Signups, a.Shares + r.Shares, a.Outbound + r.Outbound));

    private static int Count(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement.GetArrayLength() : 0;
        }
        catch (JsonException)
        {
            return 0;
        }
    }

    private sealed record Row(int Key, long Views, long EngagedSeconds, long Completions, long Signups, long Shares, long Outbound);

    private sealed record ArticleMeta(int Id, string Title, string Path, int Status, string SourcesJson, string CorrectionsJson);

    private sealed record SearchFigures(long Searches, long ZeroResults, Dictionary<int, long> Demand, List<ContentGap> Gaps);
}
