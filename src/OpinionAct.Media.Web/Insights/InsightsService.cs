using System.Text.Json;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Analytics;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Analytics;
using OpinionAct.Media.Data.Insights;
using OpinionAct.Media.Insights;
using OpinionAct.Media.Web.Analytics;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Insights;

/// <summary>
/// The numbers editors see, computed from the rollups only (never from raw events, which are
/// purged), after catching the rollups up so the answer includes every acknowledged event. The
/// dashboard, its exports, the agency console and the CLI all call this.
/// </summary>
public sealed class InsightsService(InsightsStore store, TenantContext tenant, AnalyticsRollup rollup, IOptions<InsightsOptions> options)
{
    private const int GapCount = 20;

    public async Task<Figures> HeadlineAsync(InsightsPeriod period, CancellationToken ct)
    {
        await rollup.CatchUpAsync(tenant.Tenant.Name, ct);
        var sources = await SourceTotalsAsync(period.From, period.To, ct);
        var searches = await SearchesAsync(period.From, period.To, gaps: false, ct);
        var site = await SiteVisitorsAsync(period.From, period.To, ct);
        var signups = await store.SignupsAsync(period.From, period.To, ct);
        return Headline(sources, site, searches, signups);
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
        var signups = await store.SignupsAsync(from, to, ct);
        var previousSignups = await store.SignupsAsync(previousPeriod.From, previousPeriod.To, ct);
        var byArticleSignups = signups.GroupBy(s => s.ArticleId).ToDictionary(g => g.Key, g => (Accepted: g.Sum(x => x.Accepted), Confirmed: g.Sum(x => x.Confirmed)));
        var bySourceSignups = signups.GroupBy(s => s.Source).ToDictionary(g => g.Key, g => (Accepted: g.Sum(x => x.Accepted), Confirmed: g.Sum(x => x.Confirmed)));
        var uniques = await store.VisitorsByScopeAsync(from, to, ct);
        (long Visitors, long Returning) Uniques(VisitorScope scope, int id) => uniques.GetValueOrDefault((scope, id));
        var current = Headline(sources, Uniques(VisitorScope.Site, 0), searches, signups);
        var previous = Headline(previousSources, await SiteVisitorsAsync(previousPeriod.From, previousPeriod.To, ct), previousSearches, previousSignups);

        var dailyViews = await store.DailyViewsAsync(from, to, ct);
        var dailyVisitors = await store.DailyVisitorsAsync(from, to, ct);
        var daily = Enumerable.Range(0, period.Days).Select(i => from.AddDays(i))
            .Select(day => new DailyPoint(day, dailyViews.GetValueOrDefault(day), dailyVisitors.GetValueOrDefault(day))).ToList();

        var byArticle = await store.ArticleTotalsAsync(from, to, ct);

        var articles = await store.ArticlesAsync(ct);
        var topics = await store.TopicsAsync(ct);
        var experts = await store.ExpertsAsync(ct);
        var links = ArticleLinks.From(await store.ArticleLinksAsync(ct));
        var topicNames = topics.ToDictionary(t => t.Id, t => t.Name);

        var articleRows = articles.Where(a => byArticle.ContainsKey(a.Id) || byArticleSignups.ContainsKey(a.Id)).Select(a =>
        {
            var f = byArticle.GetValueOrDefault(a.Id) ?? new InsightsTotals(a.Id, 0, 0, 0, 0, 0, 0);
            var (accepted, confirmed) = byArticleSignups.GetValueOrDefault(a.Id);
            return new ArticleInsight(a.Id, a.Title, a.Path, links.TopicsOf(a.Id).Select(t => topicNames.GetValueOrDefault(t, "?")).ToList(),
                f.Views, Uniques(VisitorScope.Article, a.Id).Visitors, Per(f.EngagedSeconds, f.Views), Per(f.Completions, f.Views), accepted, f.Shares, f.Outbound, confirmed);
        }).OrderByDescending(a => a.Views).ThenBy(a => a.Title, StringComparer.Ordinal).ToList();

        var sourceRows = sources.Select(s => new SourceInsight(SourceName((TrafficSource)s.Key), s.Views, Uniques(VisitorScope.Source, s.Key).Visitors, bySourceSignups.GetValueOrDefault(s.Key).Accepted, bySourceSignups.GetValueOrDefault(s.Key).Confirmed))
            .OrderByDescending(s => s.Views).ThenBy(s => s.Source, StringComparer.Ordinal).ToList();

        SubjectInsight Subject(int id, string slug, string name, VisitorScope scope, Func<int, int[]> linksOf)
        {
            var ids = articles.Where(a => linksOf(a.Id).Contains(id)).Select(a => a.Id).ToHashSet();
            var f = Sum(ids.Where(byArticle.ContainsKey).Select(i => byArticle[i]));
            var accepted = ids.Sum(i => byArticleSignups.GetValueOrDefault(i).Accepted);
            var confirmed = ids.Sum(i => byArticleSignups.GetValueOrDefault(i).Confirmed);
            var (visitors, returning) = Uniques(scope, id);
            var published = articles.Where(a => ids.Contains(a.Id) && a.Status == (int)ArticleStatus.Published).ToList();
            var avgEngaged = Per(f.EngagedSeconds, f.Views);
            var completion = Per(f.Completions, f.Views);
            var returningShare = Per(returning, visitors);
            return new SubjectInsight(
                id, slug, name, published.Count, f.Views, visitors, avgEngaged, completion, returningShare, accepted,
                ids.Sum(i => searches.Demand.GetValueOrDefault(i)),
                published.Count == 0 ? 0 : Math.Round(published.Average(a => Count(a.SourcesJson)), 2),
                published.Sum(a => Count(a.CorrectionsJson)),
                published.Count == 0 ? 0 : Math.Round(published.Count(a => links.ExpertsOf(a.Id).Length > 0) / (double)published.Count, 4),
                UsefulnessScore.Compute(options.Value, f.Views, avgEngaged, completion, returningShare, accepted),
                confirmed);
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
            searches.Gaps,
            await store.DemoHistoryAsync(ct) is { } demo ? new DemoHistory(demo.From, demo.To) : null);
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

    /// <summary>
    /// The headline of a period. Sign-ups are the server's own counts of accepted and confirmed sign-ups; the roll-ups'
    /// sign-up column (form submissions the tracker reported before) is not read any more.
    /// </summary>
    private static Figures Headline(List<InsightsTotals> sources, (long Visitors, long Returning) site, SearchFigures searches, List<InsightsSignups> signups)
    {
        var f = Sum(sources);
        return new Figures(f.Views, site.Visitors, Per(f.EngagedSeconds, f.Views), Per(f.Completions, f.Views), Per(site.Returning, site.Visitors),
            signups.Sum(s => s.Accepted), f.Shares, searches.Searches, searches.ZeroResults, signups.Sum(s => s.Confirmed));
    }

    private Task<List<InsightsTotals>> SourceTotalsAsync(DateOnly from, DateOnly to, CancellationToken ct) => store.SourceTotalsAsync(from, to, ct);

    private Task<(long Visitors, long Returning)> SiteVisitorsAsync(DateOnly from, DateOnly to, CancellationToken ct) => store.SiteVisitorsAsync(from, to, ct);

    /// <summary>Searches of a period: from the per-day search rollup for days already folded, from the search log for the rest.</summary>
    private async Task<SearchFigures> SearchesAsync(DateOnly from, DateOnly to, bool gaps, CancellationToken ct)
    {
        var folded = await store.SearchFoldedDayAsync(ct) ?? DateOnly.MinValue;
        var lastFolded = folded < to ? folded : to;
        var rolled = await store.RolledSearchesAsync(from, lastFolded, ct);
        var logFrom = (folded >= from ? folded.AddDays(1) : from).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var logTo = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var recent = await store.LoggedSearchesAsync(logFrom, logTo, ct);
        var all = rolled.Concat(recent).ToList();
        var demand = all.Where(a => a.Article != 0).GroupBy(a => a.Article).ToDictionary(g => g.Key, g => g.Sum(a => a.Searches));
        List<ContentGap> gapList = [];
        if (gaps)
        {
            var rolledGaps = await store.RolledGapsAsync(from, lastFolded, ct);
            var recentGaps = await store.LoggedGapsAsync(logFrom, logTo, ct);
            gapList = rolledGaps.Concat(recentGaps).GroupBy(g => g.Query, StringComparer.Ordinal)
                .Select(g => new ContentGap(g.Key, g.Sum(x => x.Searches)))
                .OrderByDescending(g => g.Searches).ThenBy(g => g.Query, StringComparer.Ordinal).Take(GapCount).ToList();
        }

        return new SearchFigures(all.Sum(a => a.Searches), all.Sum(a => a.ZeroResults), demand, gapList);
    }

    private static double Per(long part, long whole) => whole == 0 ? 0 : Math.Round(part / (double)whole, 4);

    private static InsightsTotals Sum(IEnumerable<InsightsTotals> rows) => rows.Aggregate(
        new InsightsTotals(0, 0, 0, 0, 0, 0, 0),
        (a, r) => new InsightsTotals(0, a.Views + r.Views, a.EngagedSeconds + r.EngagedSeconds, a.Completions + r.Completions, a.Signups + r.Signups, a.Shares + r.Shares, a.Outbound + r.Outbound));

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

    private sealed record SearchFigures(long Searches, long ZeroResults, Dictionary<int, long> Demand, List<ContentGap> Gaps);
}
