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
/// The numbers editors see, computed from the daily rollups only (never from raw events, which are
/// purged), after catching the rollups up so the answer includes every acknowledged event. The
/// dashboard, its exports, the agency console and the CLI all call this.
/// </summary>
public sealed class InsightsService(TenantDbContext db, TenantContext tenant, AnalyticsRollup rollup, IOptions<InsightsOptions> options)
{
    private const int GapCount = 20;

    public async Task<Figures> HeadlineAsync(InsightsPeriod period, CancellationToken ct)
    {
        await rollup.CatchUpAsync(tenant.Tenant.Name, ct);
        return await FiguresAsync(period, ct);
    }

    public async Task<InsightsReport> ReportAsync(InsightsPeriod period, CancellationToken ct)
    {
        await rollup.CatchUpAsync(tenant.Tenant.Name, ct);
        var (from, to) = (period.From, period.To);
        var current = await FiguresAsync(period, ct);
        var previous = await FiguresAsync(period.Previous, ct);

        var rows = await db.AnalyticsDaily.AsNoTracking().Where(d => d.Day >= from && d.Day <= to)
            .GroupBy(d => new { d.ArticleId, d.Source })
            .Select(g => new Row(g.Key.ArticleId, g.Key.Source, g.Sum(x => x.Views), g.Sum(x => x.EngagedSeconds), g.Sum(x => x.Completions), g.Sum(x => x.Signups), g.Sum(x => x.Shares), g.Sum(x => x.Outbound)))
            .ToListAsync(ct);
        var uniques = (await db.AnalyticsVisitors.AsNoTracking().Where(v => v.Day >= from && v.Day <= to)
            .GroupBy(v => new { v.Scope, v.ScopeId })
            .Select(g => new { g.Key.Scope, g.Key.ScopeId, Visitors = g.Sum(x => x.Visitors), Returning = g.Sum(x => x.Returning) })
            .ToListAsync(ct)).ToDictionary(u => (u.Scope, u.ScopeId), u => (u.Visitors, u.Returning));
        (long Visitors, long Returning) Uniques(VisitorScope scope, int id) => uniques.GetValueOrDefault((scope, id));

        var dailyViews = await db.AnalyticsDaily.AsNoTracking().Where(d => d.Day >= from && d.Day <= to)
            .GroupBy(d => d.Day).Select(g => new { Day = g.Key, Views = g.Sum(x => x.Views) }).ToListAsync(ct);
        var dailyVisitors = await db.AnalyticsVisitors.AsNoTracking().Where(v => v.Day >= from && v.Day <= to && v.Scope == VisitorScope.Site)
            .Select(v => new { v.Day, v.Visitors }).ToListAsync(ct);
        var viewsByDay = dailyViews.ToDictionary(d => d.Day, d => d.Views);
        var visitorsByDay = dailyVisitors.ToDictionary(d => d.Day, d => d.Visitors);
        var daily = Enumerable.Range(0, period.Days).Select(i => from.AddDays(i))
            .Select(day => new DailyPoint(day, viewsByDay.GetValueOrDefault(day), visitorsByDay.GetValueOrDefault(day))).ToList();

        var articles = await db.Articles.AsNoTracking()
            .Select(a => new ArticleMeta(a.Id, a.Title, a.Path, a.Status, a.SourcesJson, a.CorrectionsJson)).ToListAsync(ct);
        var topics = await db.Topics.AsNoTracking().OrderBy(t => t.Position).ThenBy(t => t.Name).Select(t => new { t.Id, t.Slug, t.Name }).ToListAsync(ct);
        var experts = await db.Experts.AsNoTracking().OrderBy(e => e.Name).Select(e => new { e.Id, e.Slug, e.Name }).ToListAsync(ct);
        var links = await ArticleLinks.LoadAsync(db, ct);
        var topicNames = topics.ToDictionary(t => t.Id, t => t.Name);

        var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var demand = (await db.SearchQueries.AsNoTracking()
            .Where(q => q.CreatedUtc >= start && q.CreatedUtc < end && q.TopArticleId != null)
            .GroupBy(q => q.TopArticleId!.Value).Select(g => new { Article = g.Key, Searches = g.LongCount() }).ToListAsync(ct))
            .ToDictionary(d => d.Article, d => d.Searches);
        var gaps = await db.SearchQueries.AsNoTracking()
            .Where(q => q.CreatedUtc >= start && q.CreatedUtc < end && q.ResultCount == 0)
            .GroupBy(q => q.Query).Select(g => new { Query = g.Key, Searches = g.LongCount() })
            .OrderByDescending(g => g.Searches).ThenBy(g => g.Query).Take(GapCount).ToListAsync(ct);

        var byArticle = rows.GroupBy(r => r.ArticleId).ToDictionary(g => g.Key, g => Sum(g));
        var articleRows = articles.Where(a => byArticle.ContainsKey(a.Id)).Select(a =>
        {
            var f = byArticle[a.Id];
            return new ArticleInsight(a.Id, a.Title, a.Path, links.TopicsOf(a.Id).Select(t => topicNames.GetValueOrDefault(t, "?")).ToList(),
                f.Views, Uniques(VisitorScope.Article, a.Id).Visitors, Per(f.EngagedSeconds, f.Views), Per(f.Completions, f.Views), f.Signups, f.Shares, f.Outbound);
        }).OrderByDescending(a => a.Views).ThenBy(a => a.Title, StringComparer.Ordinal).ToList();

        var sources = rows.GroupBy(r => r.Source).Select(g =>
        {
            var f = Sum(g);
            return new SourceInsight(SourceName((TrafficSource)g.Key), f.Views, Uniques(VisitorScope.Source, g.Key).Visitors, f.Signups);
        }).OrderByDescending(s => s.Views).ThenBy(s => s.Source, StringComparer.Ordinal).ToList();

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
                ids.Sum(i => demand.GetValueOrDefault(i)),
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
            sources,
            topics.Select(t => Subject(t.Id, t.Slug, t.Name, VisitorScope.Topic, links.TopicsOf)).ToList(),
            experts.Select(e => Subject(e.Id, e.Slug, e.Name, VisitorScope.Expert, links.ExpertsOf)).ToList(),
            gaps.Select(g => new ContentGap(g.Query, g.Searches)).ToList());
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

    private async Task<Figures> FiguresAsync(InsightsPeriod period, CancellationToken ct)
    {
        var (from, to) = (period.From, period.To);
        var totals = await db.AnalyticsDaily.AsNoTracking().Where(d => d.Day >= from && d.Day <= to)
            .GroupBy(d => 1)
            .Select(g => new { Views = g.Sum(x => x.Views), Engaged = g.Sum(x => x.EngagedSeconds), Completions = g.Sum(x => x.Completions), Signups = g.Sum(x => x.Signups), Shares = g.Sum(x => x.Shares) })
            .FirstOrDefaultAsync(ct);
        var site = await db.AnalyticsVisitors.AsNoTracking().Where(v => v.Day >= from && v.Day <= to && v.Scope == VisitorScope.Site)
            .GroupBy(v => 1).Select(g => new { Visitors = g.Sum(x => x.Visitors), Returning = g.Sum(x => x.Returning) })
            .FirstOrDefaultAsync(ct);
        var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var searches = await db.SearchQueries.AsNoTracking().Where(q => q.CreatedUtc >= start && q.CreatedUtc < end)
            .GroupBy(q => 1).Select(g => new { All = g.LongCount(), Zero = g.LongCount(q => q.ResultCount == 0) })
            .FirstOrDefaultAsync(ct);
        var views = totals?.Views ?? 0;
        return new Figures(
            views,
            site?.Visitors ?? 0,
            Per(totals?.Engaged ?? 0, views),
            Per(totals?.Completions ?? 0, views),
            Per(site?.Returning ?? 0, site?.Visitors ?? 0),
            totals?.Signups ?? 0,
            totals?.Shares ?? 0,
            searches?.All ?? 0,
            searches?.Zero ?? 0);
    }

    private static double Per(long part, long whole) => whole == 0 ? 0 : Math.Round(part / (double)whole, 4);

    private static Row Sum(IEnumerable<Row> rows) => rows.Aggregate(
        new Row(0, 0, 0, 0, 0, 0, 0, 0),
        (a, r) => new Row(0, 0, a.Views + r.Views, a.EngagedSeconds + r.EngagedSeconds, a.Completions + r.Completions, a.Signups + r.Signups, a.Shares + r.Shares, a.Outbound + r.Outbound));

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

    private sealed record Row(int ArticleId, int Source, long Views, long EngagedSeconds, long Completions, long Signups, long Shares, long Outbound);

    private sealed record ArticleMeta(int Id, string Title, string Path, int Status, string SourcesJson, string CorrectionsJson);
}
